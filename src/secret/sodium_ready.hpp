#pragma once
namespace motcua::secret {
// Initialises libsodium once per process (its functions require it); thread-safe.
void sodium_ready();
}  // namespace motcua::secret
