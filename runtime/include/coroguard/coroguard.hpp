// The whole runtime: task, run, spawn, sleep.
#pragma once

#include "coroguard/event_loop.hpp"
#include "coroguard/run.hpp"
#include "coroguard/sleep.hpp"
#include "coroguard/spawn.hpp"
#include "coroguard/task.hpp"
