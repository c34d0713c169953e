// Exit statuses of the contract (INTERFACE.md) and of sysexits(3) for gate.
#pragma once

namespace tactful::cli {

inline constexpr int kExitClean = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitFailure = 2;
inline constexpr int kExitUnavailable = 69;  // EX_UNAVAILABLE: gate's COMMAND could not start
inline constexpr int kExitTempFail = 75;     // EX_TEMPFAIL: gate could not check; keep the draft

}  // namespace tactful::cli
