#include "app/operator_name.hpp"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>

namespace motcua::app {

std::string operator_name() {
  const passwd* pw = ::getpwuid(::getuid());
  std::string who = std::string("cli:") + (pw ? pw->pw_name : std::to_string(::getuid()));
  if (const char* sudo = std::getenv("SUDO_USER"); ::getuid() == 0 && sudo && *sudo)
    who += std::string(" (sudo from ") + sudo + ")";
  return who;
}

}  // namespace motcua::app
