#pragma once
// Who ran a command, for the records it leaves: the system account the process runs as (not an
// environment variable, which anyone sets), and under sudo the account that called it.
// "cli:root (sudo from lan)".
#include <string>

namespace motcua::app {

std::string operator_name();

}  // namespace motcua::app
