#pragma once
// The appointment rule reception uses, built from the working calendar.
#include "motcua/service/reception_service.hpp"

namespace motcua::app {

service::DueCalculator make_due_calculator();

}  // namespace motcua::app
