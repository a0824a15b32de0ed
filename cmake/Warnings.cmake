# Warnings for the project's own code only (linked privately into product and tests).
add_library(timeline_warnings INTERFACE)
target_compile_options(timeline_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wunused -Woverloaded-virtual
  -Wnull-dereference -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
# GCC 12 reports false -Wrestrict positives inside std::string at -O3 (GCC bug 105651).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(timeline_warnings INTERFACE -Wno-restrict)
endif()
if(TIMELINE_WERROR)
  target_compile_options(timeline_warnings INTERFACE -Werror)
endif()
