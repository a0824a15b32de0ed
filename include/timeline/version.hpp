#pragma once
/// The tool's version, from CMake's project().
namespace timeline {
extern const char* const k_version;
}
