#include "h.hpp"
