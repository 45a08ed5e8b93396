# Cross-compiling plan.exe for 64-bit Windows with Debian's mingw-w64 (the
# -posix thread model, which std::thread and std::mutex need).
# scripts/build-windows.sh passes PLAN_WINDOWS_DEPS: the prefix its static
# yaml-cpp, fmt, cmark and gumbo (built from Debian's source packages) and
# the header-only libraries were installed into. Nothing is looked for in
# the build machine's /usr: its libraries are Linux ones.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)

if(NOT PLAN_WINDOWS_DEPS AND DEFINED ENV{PLAN_WINDOWS_DEPS})
  set(PLAN_WINDOWS_DEPS "$ENV{PLAN_WINDOWS_DEPS}")
endif()
# try_compile runs CMake again with this file; pass the prefix along.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES PLAN_WINDOWS_DEPS)
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 ${PLAN_WINDOWS_DEPS})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# pkg-config (cmark, gumbo) reads only the Windows prefix's .pc files.
set(ENV{PKG_CONFIG_LIBDIR} "${PLAN_WINDOWS_DEPS}/lib/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
set(ENV{PKG_CONFIG_SYSROOT_DIR} "")

# One self-contained plan.exe: the C and C++ runtimes and winpthreads linked
# in, so it runs from a user's folder with no DLLs beside it.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")
