// How long a function's code is, from the ELF symbol table of the module that holds it: the
// sanitizer asks whether its begin hook was called from a coroutine's own ramp or from a copy
// of the ramp the optimizer inlined into the creator. Looked up once per function.
#include "sanitizer/function_extent.hpp"

#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <mutex>
#include <string>
#include <unordered_map>

namespace coroguard::sanitizer {
namespace {

struct module_of {
  std::uintptr_t address;
  std::uintptr_t base = 0;
  std::string path;
  bool found = false;
};

bool find_module(std::uintptr_t address, module_of& m) {
  m.address = address;
  dl_iterate_phdr(
      [](dl_phdr_info* info, std::size_t, void* data) {
        auto* q = static_cast<module_of*>(data);
        for (int i = 0; i < info->dlpi_phnum; ++i) {
          const ElfW(Phdr)& ph = info->dlpi_phdr[i];
          std::uintptr_t start = info->dlpi_addr + ph.p_vaddr;
          if (ph.p_type == PT_LOAD && q->address >= start && q->address < start + ph.p_memsz) {
            q->base = info->dlpi_addr;
            q->path = info->dlpi_name && *info->dlpi_name ? info->dlpi_name : "/proc/self/exe";
            q->found = true;
            return 1;
          }
        }
        return 0;
      },
      &m);
  return m.found;
}

// The size of the function symbol at `offset` in the ELF file `path` (0 when unknown: no such
// symbol, a stripped file).
std::size_t symbol_size(const std::string& path, std::uintptr_t offset) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  struct stat st{};
  void* map = fstat(fd, &st) == 0 ? mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0)
                                  : MAP_FAILED;
  close(fd);
  if (map == MAP_FAILED) return 0;
  const auto* bytes = static_cast<const unsigned char*>(map);
  const auto size = static_cast<std::size_t>(st.st_size);
  std::size_t found = 0;
  const auto* eh = reinterpret_cast<const ElfW(Ehdr)*>(bytes);
  if (size >= sizeof(ElfW(Ehdr)) && std::memcmp(eh->e_ident, ELFMAG, SELFMAG) == 0 &&
      eh->e_shoff + eh->e_shnum * sizeof(ElfW(Shdr)) <= size) {
    const auto* sections = reinterpret_cast<const ElfW(Shdr)*>(bytes + eh->e_shoff);
    for (int pass = 0; pass < 2 && !found; ++pass)  // .symtab, else .dynsym
      for (int i = 0; i < eh->e_shnum && !found; ++i) {
        const ElfW(Shdr)& sh = sections[i];
        if (sh.sh_type != (pass == 0 ? SHT_SYMTAB : SHT_DYNSYM) || sh.sh_offset + sh.sh_size > size) continue;
        const auto* syms = reinterpret_cast<const ElfW(Sym)*>(bytes + sh.sh_offset);
        for (std::size_t k = 0; k < sh.sh_size / sizeof(ElfW(Sym)); ++k)
          if (ELF64_ST_TYPE(syms[k].st_info) == STT_FUNC && syms[k].st_value == offset && syms[k].st_size) {
            found = syms[k].st_size;
            break;
          }
      }
  }
  munmap(map, size);
  return found;
}

// The sizes looked up so far, for every thread.
std::size_t size_of(const void* function) {
  static std::mutex mutex;
  static auto* sizes = new std::unordered_map<const void*, std::size_t>;
  std::lock_guard lock(mutex);
  auto it = sizes->find(function);
  if (it == sizes->end()) {
    module_of m{};
    auto address = reinterpret_cast<std::uintptr_t>(function);
    std::size_t found = find_module(address, m) ? symbol_size(m.path, address - m.base) : 0;
    it = sizes->emplace(function, found).first;
  }
  return it->second;
}

}  // namespace

bool inside_function(const void* function, const void* pc) noexcept {
  // Asked at every frame's creation, of a few ramps: a small per-thread cache in front of the
  // locked map keeps the lock (and the interposed pthread_mutex_lock) off that path.
  struct cached {
    const void* function = nullptr;
    std::size_t size = 0;
  };
  constexpr std::size_t ways = 16;
  thread_local cached cache[ways];
  cached& c = cache[(reinterpret_cast<std::uintptr_t>(function) >> 4) % ways];
  if (c.function != function) {
    try {
      c = {function, size_of(function)};
    } catch (...) {  // out of memory: not known, so not inlined (and asked again next time)
      return true;
    }
  }
  auto start = reinterpret_cast<std::uintptr_t>(function), at = reinterpret_cast<std::uintptr_t>(pc);
  return c.size == 0 || (at >= start && at < start + c.size);
}

}  // namespace coroguard::sanitizer
