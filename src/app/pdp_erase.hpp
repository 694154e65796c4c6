#pragma once
// `motcua pdp erase`, `pdp erase-expired` and `pdp retention` (pdp_erase_command.cpp).
namespace CLI {
class App;
}

namespace motcua::app {

void add_pdp_erase_commands(CLI::App& pdp);

}  // namespace motcua::app
