// util/platform.h on Windows: every path and argument is UTF-8 inside plan
// and UTF-16 at the system's wide-character APIs, so a folder named
// "Plan d'action – Süd" works whatever the machine's code page.
#ifdef _WIN32

#ifndef NOMINMAX
#define NOMINMAX
#endif
// windows.h first: the other Windows headers need what it defines.
#include <windows.h>
// (a blank line keeps clang-format from sorting it after them)

#include <fcntl.h>
#include <io.h>
#include <shellapi.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>

#include "util/platform.h"

namespace plan::os {
namespace {

std::wstring wide(const std::string& s) {
  if (s.empty()) return {};
  int n = MultiByteToWideChar(CP_UTF8, 0, s.data(), int(s.size()), nullptr, 0);
  std::wstring w(size_t(n), L'\0');
  MultiByteToWideChar(CP_UTF8, 0, s.data(), int(s.size()), w.data(), n);
  return w;
}

std::string narrow(const wchar_t* w, size_t len) {
  if (len == 0) return {};
  int n = WideCharToMultiByte(CP_UTF8, 0, w, int(len), nullptr, 0, nullptr, nullptr);
  std::string s(size_t(n), '\0');
  WideCharToMultiByte(CP_UTF8, 0, w, int(len), s.data(), n, nullptr, nullptr);
  return s;
}

// Windows' reasons as errno values, so messages read as they do on Linux.
int errno_of(DWORD e) {
  switch (e) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_NAME:
    case ERROR_BAD_NETPATH:
      return ENOENT;
    case ERROR_ACCESS_DENIED:
    case ERROR_WRITE_PROTECT:
      return EACCES;
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
    case ERROR_USER_MAPPED_FILE:
      return error_in_use;
    case ERROR_ALREADY_EXISTS:
    case ERROR_FILE_EXISTS:
      return EEXIST;
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
      return ENOSPC;
    case ERROR_DIRECTORY:
      return ENOTDIR;
    case ERROR_DIR_NOT_EMPTY:
      return ENOTEMPTY;
    case ERROR_NOT_SAME_DEVICE:
      return EXDEV;
    case ERROR_FILENAME_EXCED_RANGE:
      return ENAMETOOLONG;
    default:
      return EIO;
  }
}

int last_error() {
  return errno_of(GetLastError());
}

Kind kind_of(DWORD attributes) {
  if (attributes & FILE_ATTRIBUTE_REPARSE_POINT) return Kind::link;  // symlinks and junctions
  if (attributes & FILE_ATTRIBUTE_DIRECTORY) return Kind::folder;
  if (attributes & FILE_ATTRIBUTE_DEVICE) return Kind::other;
  return Kind::file;
}

// The DOS device names (NUL, CON …), which exist in every folder.
bool is_device_name(const std::string& path) {
  size_t slash = path.find_last_of("/\\");
  std::string name = path.substr(slash == std::string::npos ? 0 : slash + 1);
  size_t dot = name.find('.');
  if (dot != std::string::npos) name.resize(dot);
  for (char& c : name) c = char(std::toupper(static_cast<unsigned char>(c)));
  for (const char* d : {"NUL", "CON", "PRN", "AUX", "CONIN$", "CONOUT$"})
    if (name == d) return true;
  return name.size() == 4 && (name.rfind("COM", 0) == 0 || name.rfind("LPT", 0) == 0) &&
         name[3] >= '1' && name[3] <= '9';
}

std::string folder_of(const std::string& path) {
  size_t slash = path.find_last_of("/\\");
  if (slash == std::string::npos) return ".";
  return slash == 0 ? path.substr(0, 1) : path.substr(0, slash);
}

std::string name_of(const std::string& path) {
  size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool write_all(HANDLE h, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    DWORD chunk = DWORD(std::min<size_t>(data.size() - done, 1 << 30)), wrote = 0;
    if (!WriteFile(h, data.data() + done, chunk, &wrote, nullptr)) return false;
    if (wrote == 0) {
      SetLastError(ERROR_WRITE_FAULT);
      return false;
    }
    done += wrote;
  }
  return true;
}

constexpr DWORD share_all = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;

}  // namespace

std::string error_text(int err) {
  if (err == error_in_use)
    return "it is open in another program that does not share it; close it there and try again";
  return std::strerror(err);
}

Status status(const std::string& path, bool follow) {
  Status s;
  if (is_device_name(path)) {
    s.kind = Kind::other;
    return s;
  }
  WIN32_FILE_ATTRIBUTE_DATA data{};
  if (!GetFileAttributesExW(wide(path).c_str(), GetFileExInfoStandard, &data)) {
    s.error = last_error();
    return s;
  }
  DWORD attributes = data.dwFileAttributes;
  if (follow && (attributes & FILE_ATTRIBUTE_REPARSE_POINT)) {
    HANDLE h = CreateFileW(wide(path).c_str(), 0, share_all, nullptr, OPEN_EXISTING,
                           FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
      s.error = last_error();
      return s;
    }
    BY_HANDLE_FILE_INFORMATION info{};
    bool ok = GetFileInformationByHandle(h, &info);
    CloseHandle(h);
    if (!ok) {
      s.error = last_error();
      return s;
    }
    attributes = info.dwFileAttributes & ~DWORD(FILE_ATTRIBUTE_REPARSE_POINT);
    data.nFileSizeHigh = info.nFileSizeHigh;
    data.nFileSizeLow = info.nFileSizeLow;
  }
  s.kind = kind_of(attributes);
  s.size = (uint64_t(data.nFileSizeHigh) << 32) | data.nFileSizeLow;
  s.mode = (attributes & FILE_ATTRIBUTE_READONLY) ? 0444 : 0666;
  return s;
}

bool same_folder(const std::string& path, const std::string& other) {
  auto id = [](const std::string& p, BY_HANDLE_FILE_INFORMATION& info) {
    HANDLE h = CreateFileW(wide(p).c_str(), 0, share_all, nullptr, OPEN_EXISTING,
                           FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (h == INVALID_HANDLE_VALUE) return false;
    bool ok = GetFileInformationByHandle(h, &info);
    CloseHandle(h);
    return ok;
  };
  BY_HANDLE_FILE_INFORMATION a{}, b{};
  return id(path, a) && id(other, b) && a.dwVolumeSerialNumber == b.dwVolumeSerialNumber &&
         a.nFileIndexHigh == b.nFileIndexHigh && a.nFileIndexLow == b.nFileIndexLow;
}

int read_whole(const std::string& path, size_t max_bytes, bool regular_only, std::string& data,
               Kind& found) {
  found = Kind::missing;
  if (regular_only) {
    Status s = status(path, false);
    if (s.error) return s.error;
    if (s.kind != Kind::file) {
      found = s.kind;
      return s.kind == Kind::folder ? EISDIR : EINVAL;
    }
  }
  // Shared for reading, writing and deleting: plan never stops an editor saving.
  HANDLE h = CreateFileW(
      wide(path).c_str(), GENERIC_READ, share_all, nullptr, OPEN_EXISTING,
      FILE_FLAG_BACKUP_SEMANTICS | (regular_only ? FILE_FLAG_OPEN_REPARSE_POINT : 0), nullptr);
  if (h == INVALID_HANDLE_VALUE) return last_error();
  BY_HANDLE_FILE_INFORMATION info{};
  DWORD type = GetFileType(h);
  if (type == FILE_TYPE_DISK && GetFileInformationByHandle(h, &info) &&
      (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)) {
    CloseHandle(h);
    found = Kind::folder;
    return EISDIR;
  }
  if (regular_only && type != FILE_TYPE_DISK) {
    CloseHandle(h);
    found = Kind::other;
    return EINVAL;
  }
  char buf[65536];
  for (;;) {
    DWORD got = 0;
    if (!ReadFile(h, buf, sizeof buf, &got, nullptr)) {
      DWORD e = GetLastError();
      if (e == ERROR_BROKEN_PIPE) break;  // the writer closed its end: the end of the input
      CloseHandle(h);
      return errno_of(e);
    }
    if (got == 0) break;
    data.append(buf, got);
    if (data.size() > max_bytes) break;
  }
  CloseHandle(h);
  found = Kind::file;
  return 0;
}

int list_folder(const std::string& dir, std::vector<std::pair<std::string, Kind>>& out) {
  WIN32_FIND_DATAW e{};
  std::string pattern = dir + (dir.back() == '/' || dir.back() == '\\' ? "*" : "\\*");
  HANDLE h = FindFirstFileW(wide(pattern).c_str(), &e);
  if (h == INVALID_HANDLE_VALUE) {
    DWORD err = GetLastError();
    return err == ERROR_FILE_NOT_FOUND ? 0 : errno_of(err);
  }
  do {
    std::string name = narrow(e.cFileName, wcslen(e.cFileName));
    if (name == "." || name == "..") continue;
    out.emplace_back(std::move(name), kind_of(e.dwFileAttributes));
  } while (FindNextFileW(h, &e));
  FindClose(h);
  return 0;
}

int make_folder(const std::string& path) {
  return CreateDirectoryW(wide(path).c_str(), nullptr) ? 0 : last_error();
}
int remove_file(const std::string& path) {
  return DeleteFileW(wide(path).c_str()) ? 0 : last_error();
}
int remove_folder(const std::string& path) {
  return RemoveDirectoryW(wide(path).c_str()) ? 0 : last_error();
}

int can_read_folder(const std::string& folder) {
  std::vector<std::pair<std::string, Kind>> entries;
  return list_folder(folder, entries);
}

int can_create_in(const std::string& folder) {
  // Windows' permissions are ACLs: whether a file can be made is known by
  // making one. A folder's read-only flag does not stop it.
  Status s = status(folder, true);
  if (s.error) return s.error;
  return s.kind == Kind::folder ? 0 : ENOTDIR;
}

unsigned new_file_mode() {
  return 0666;
}

int write_temporary(const std::string& target, const std::string& data, unsigned /*mode*/,
                    std::string& temp, bool& created) {
  static unsigned counter = 0;
  created = false;
  for (int attempt = 0; attempt < 100; ++attempt) {
    temp = folder_of(target) + "\\." + name_of(target) + ".tmp-" +
           std::to_string(GetCurrentProcessId()) + "-" + std::to_string(++counter) + "-" +
           std::to_string(GetTickCount64() % 100000);
    HANDLE h = CreateFileW(wide(temp).c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW,
                           FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
      DWORD e = GetLastError();
      if (e == ERROR_FILE_EXISTS || e == ERROR_ALREADY_EXISTS) continue;
      return errno_of(e);
    }
    created = true;
    bool ok = write_all(h, data) && FlushFileBuffers(h);
    DWORD e = GetLastError();
    if (!CloseHandle(h) && ok) {
      ok = false;
      e = GetLastError();
    }
    if (!ok) {
      DeleteFileW(wide(temp).c_str());
      return errno_of(e);
    }
    return 0;
  }
  return EEXIST;
}

int write_in_place(const std::string& path, const std::string& data) {
  HANDLE h = CreateFileW(wide(path).c_str(), GENERIC_WRITE, share_all, nullptr, OPEN_EXISTING,
                         FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
  if (h == INVALID_HANDLE_VALUE) return last_error();
  bool ok = write_all(h, data);
  int err = ok ? 0 : last_error();
  CloseHandle(h);
  return err;
}

int rename_replace(const std::string& from, const std::string& to) {
  // Windows refuses to replace a file marked read-only; Wine replaces it,
  // so the refusal is made here, the same on both.
  DWORD target = GetFileAttributesW(wide(to).c_str());
  if (target != INVALID_FILE_ATTRIBUTES && (target & FILE_ATTRIBUTE_READONLY))
    return errno_of(ERROR_ACCESS_DENIED);
  // A file open elsewhere (an editor, a virus scanner, the search indexer)
  // refuses for a moment; try again for about a second before saying so.
  for (int attempt = 0;; ++attempt) {
    if (MoveFileExW(wide(from).c_str(), wide(to).c_str(),
                    MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
      return 0;
    DWORD e = GetLastError();
    bool busy = e == ERROR_SHARING_VIOLATION || e == ERROR_LOCK_VIOLATION ||
                (e == ERROR_ACCESS_DENIED &&
                 !(GetFileAttributesW(wide(to).c_str()) & FILE_ATTRIBUTE_READONLY));
    if (!busy || attempt >= 20)
      return e == ERROR_ACCESS_DENIED && busy ? error_in_use : errno_of(e);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

int rename_no_replace(const std::string& from, const std::string& to) {
  return MoveFileExW(wide(from).c_str(), wide(to).c_str(), MOVEFILE_WRITE_THROUGH) ? 0
                                                                                   : last_error();
}

int hard_link(const std::string& from, const std::string& to) {
  return CreateHardLinkW(wide(to).c_str(), wide(from).c_str(), nullptr) ? 0 : last_error();
}

// MOVEFILE_WRITE_THROUGH has made the rename durable; Windows has no folder fsync.
void sync_folder(const std::string&) {}

int process_id() {
  return int(GetCurrentProcessId());
}

std::string executable_path() {
  std::wstring buf(32768, L'\0');
  DWORD n = GetModuleFileNameW(nullptr, buf.data(), DWORD(buf.size()));
  std::string path = narrow(buf.data(), n);
  for (char& c : path)
    if (c == '\\') c = '/';
  return path;
}

int try_lock_folder(const std::string& folder, intptr_t& handle) {
  // Windows cannot lock a folder, so the lock is on a hidden dot file in it
  // (plan never loads dot files), deleted when the last holder closes it,
  // even when that holder is killed.
  std::string path = folder + "\\.plan-lock";
  HANDLE h = CreateFileW(wide(path).c_str(), GENERIC_READ | GENERIC_WRITE, share_all, nullptr,
                         OPEN_ALWAYS, FILE_ATTRIBUTE_HIDDEN | FILE_FLAG_DELETE_ON_CLOSE, nullptr);
  if (h == INVALID_HANDLE_VALUE) {
    DWORD e = GetLastError();
    // Being deleted by the holder that just finished: busy for a moment.
    return e == ERROR_ACCESS_DENIED || e == ERROR_SHARING_VIOLATION ? EWOULDBLOCK : errno_of(e);
  }
  OVERLAPPED at{};
  if (!LockFileEx(h, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &at)) {
    DWORD e = GetLastError();
    CloseHandle(h);
    return e == ERROR_LOCK_VIOLATION || e == ERROR_IO_PENDING ? EWOULDBLOCK : errno_of(e);
  }
  handle = reinterpret_cast<intptr_t>(h);
  return 0;
}

void unlock_folder(intptr_t handle) {
  if (handle >= 0) CloseHandle(reinterpret_cast<HANDLE>(handle));
}

namespace {

// One argument quoted as CommandLineToArgvW and the C runtime read it back:
// backslashes double only before a quote, quotes are escaped.
void append_quoted(std::wstring& line, const std::wstring& arg) {
  if (!arg.empty() && arg.find_first_of(L" \t\n\v\"") == std::wstring::npos) {
    line += arg;
    return;
  }
  line += L'"';
  for (size_t i = 0;; ++i) {
    size_t backslashes = 0;
    while (i < arg.size() && arg[i] == L'\\') ++i, ++backslashes;
    if (i == arg.size()) {
      line.append(backslashes * 2, L'\\');
      break;
    }
    if (arg[i] == L'"') {
      line.append(backslashes * 2 + 1, L'\\');
    } else {
      line.append(backslashes, L'\\');
    }
    line += arg[i];
  }
  line += L'"';
}

// The program's full path, looked for in PATH only (never in the current
// folder, where a plan's repository could hold a git.exe).
std::wstring find_program(const std::string& name) {
  if (name.find_first_of("/\\") != std::string::npos) return wide(name);
  bool present = false;
  std::string path = environment("PATH", present);
  std::vector<std::string> suffixes = {""};
  if (name.find('.') == std::string::npos) suffixes = {".exe", ".com"};
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find(';', start);
    if (end == std::string::npos) end = path.size();
    std::string dir = path.substr(start, end - start);
    start = end + 1;
    if (dir.size() >= 2 && dir.front() == '"' && dir.back() == '"')
      dir = dir.substr(1, dir.size() - 2);
    if (dir.empty()) continue;
    for (const std::string& suffix : suffixes) {
      std::string candidate = dir + "\\" + name + suffix;
      DWORD a = GetFileAttributesW(wide(candidate).c_str());
      if (a != INVALID_FILE_ATTRIBUTES && !(a & FILE_ATTRIBUTE_DIRECTORY)) return wide(candidate);
    }
  }
  return {};
}

HANDLE open_null() {
  SECURITY_ATTRIBUTES sa{sizeof sa, nullptr, TRUE};
  return CreateFileW(L"NUL", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, &sa,
                     OPEN_EXISTING, 0, nullptr);
}

HANDLE inheritable(HANDLE h) {
  HANDLE copy = nullptr;
  if (h == nullptr || h == INVALID_HANDLE_VALUE) return nullptr;
  if (!DuplicateHandle(GetCurrentProcess(), h, GetCurrentProcess(), &copy, 0, TRUE,
                       DUPLICATE_SAME_ACCESS))
    return nullptr;
  return copy;
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, bool capture,
                          const std::string& input, bool quiet) {
  ProcessResult r;
  if (argv.empty()) {
    r.error = "no program to run";
    return r;
  }
  const std::string& name = argv[0];
  std::wstring program = find_program(name);
  if (program.empty()) {
    r.error = "cannot run " + name + ": not found in any folder of PATH";
    return r;
  }
  std::wstring line;
  for (size_t i = 0; i < argv.size(); ++i) {
    if (i) line += L' ';
    append_quoted(line, i == 0 ? program : wide(argv[i]));
  }
  SECURITY_ATTRIBUTES sa{sizeof sa, nullptr, TRUE};
  HANDLE in_read = nullptr, in_write = nullptr, out_read = nullptr, out_write = nullptr;
  std::vector<HANDLE> to_close;
  STARTUPINFOW si{};
  si.cb = sizeof si;
  si.dwFlags = STARTF_USESTDHANDLES;
  HANDLE null = (quiet || capture) ? open_null() : nullptr;
  if (null) to_close.push_back(null);
  if (capture) {
    if (!CreatePipe(&in_read, &in_write, &sa, 0) || !CreatePipe(&out_read, &out_write, &sa, 0)) {
      r.error = "cannot start " + name + ": " + error_text(last_error());
      return r;
    }
    SetHandleInformation(in_write, HANDLE_FLAG_INHERIT, 0);
    SetHandleInformation(out_read, HANDLE_FLAG_INHERIT, 0);
    si.hStdInput = in_read;
    si.hStdOutput = out_write;
    to_close.push_back(in_read);
    to_close.push_back(out_write);
  } else {
    si.hStdInput = inheritable(GetStdHandle(STD_INPUT_HANDLE));
    si.hStdOutput = quiet ? null : inheritable(GetStdHandle(STD_OUTPUT_HANDLE));
    if (si.hStdInput) to_close.push_back(si.hStdInput);
    if (!quiet && si.hStdOutput) to_close.push_back(si.hStdOutput);
  }
  si.hStdError = quiet ? null : inheritable(GetStdHandle(STD_ERROR_HANDLE));
  if (!quiet && si.hStdError) to_close.push_back(si.hStdError);
  PROCESS_INFORMATION pi{};
  BOOL started = CreateProcessW(program.c_str(), line.data(), nullptr, nullptr, TRUE,
                                CREATE_UNICODE_ENVIRONMENT, nullptr, nullptr, &si, &pi);
  int start_error = started ? 0 : last_error();
  for (HANDLE h : to_close) CloseHandle(h);  // the child has its own copies
  if (!started) {
    if (in_write) CloseHandle(in_write);
    if (out_read) CloseHandle(out_read);
    r.error = "cannot run " + name + ": " + error_text(start_error);
    return r;
  }
  r.started = true;
  if (capture) {
    // Input is written by a second thread while this one reads, so neither
    // side ever waits on a full pipe.
    std::thread writer([in_write, &input] {
      DWORD wrote = 0;
      size_t done = 0;
      while (done < input.size() &&
             WriteFile(in_write, input.data() + done,
                       DWORD(std::min<size_t>(input.size() - done, 1 << 20)), &wrote, nullptr))
        done += wrote;
      CloseHandle(in_write);
    });
    char buf[65536];
    DWORD got = 0;
    while (ReadFile(out_read, buf, sizeof buf, &got, nullptr) && got > 0) r.out.append(buf, got);
    CloseHandle(out_read);
    writer.join();
  }
  WaitForSingleObject(pi.hProcess, INFINITE);
  DWORD code = 0;
  GetExitCodeProcess(pi.hProcess, &code);
  CloseHandle(pi.hProcess);
  CloseHandle(pi.hThread);
  r.exit_code = int(code);
  return r;
}

bool process_running(long pid) {
  HANDLE h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
  if (!h) return GetLastError() == ERROR_ACCESS_DENIED;  // there, but someone else's
  DWORD code = 0;
  bool running = GetExitCodeProcess(h, &code) && code == STILL_ACTIVE;
  CloseHandle(h);
  return running;
}

std::vector<std::string> arguments(int argc, char** argv) {
  int n = 0;
  LPWSTR* w = CommandLineToArgvW(GetCommandLineW(), &n);
  if (!w) return std::vector<std::string>(argv, argv + argc);
  std::vector<std::string> out;
  for (int i = 0; i < n; ++i) out.push_back(narrow(w[i], wcslen(w[i])));
  LocalFree(w);
  return out;
}

void prepare_process() {
  // UTF-8 on the console, and "\n" written as "\n" (not "\r\n"), so a page
  // or an export is the same bytes as on Linux.
  SetConsoleOutputCP(CP_UTF8);
  _setmode(_fileno(stdout), _O_BINARY);
  _setmode(_fileno(stderr), _O_BINARY);
  _setmode(_fileno(stdin), _O_BINARY);
}

std::string environment(const char* name, bool& present) {
  const wchar_t* v = _wgetenv(wide(name).c_str());
  present = v != nullptr;
  return v ? narrow(v, wcslen(v)) : "";
}

int set_environment(const char* name, const std::string& value) {
  // _wputenv_s changes the C library's copy and the process's (what
  // CreateProcessW passes on).
  return _wputenv_s(wide(name).c_str(), wide(value).c_str());
}

Console stdout_console() {
  Console c;
  HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
  DWORD mode = 0;
  if (GetFileType(out) != FILE_TYPE_CHAR || !GetConsoleMode(out, &mode)) return c;
  c.is_terminal = true;
  CONSOLE_SCREEN_BUFFER_INFO info{};
  if (GetConsoleScreenBufferInfo(out, &info))
    c.columns = info.srWindow.Right - info.srWindow.Left + 1;
  // Colour only where the console understands ANSI escapes (Windows 10 and later).
  c.colour = (mode & ENABLE_VIRTUAL_TERMINAL_PROCESSING) ||
             SetConsoleMode(out, mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING);
  return c;
}

namespace {

// Windows has no IANA time-zone database to read; the zones of the United
// Kingdom and Ireland (whose forces use plan) follow one rule since 1996:
// summer time from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
// last Sunday of October.
bool is_uk_zone(const std::string& zone) {
  for (const char* z : {"Europe/London", "Europe/Belfast", "Europe/Jersey", "Europe/Guernsey",
                        "Europe/Isle_of_Man", "Europe/Dublin", "GB", "GB-Eire", "Eire"})
    if (zone == z) return true;
  return false;
}

std::time_t last_sunday_1am_utc(int year, int month) {  // month 0-based, a 31-day month
  std::tm t{};
  t.tm_year = year - 1900;
  t.tm_mon = month;
  t.tm_mday = 31;
  t.tm_hour = 1;
  std::time_t at = _mkgmtime(&t);
  std::tm check{};
  gmtime_s(&check, &at);
  return at - std::time_t(check.tm_wday) * 86400;
}

}  // namespace

bool known_zone(const std::string& zone) {
  return is_uk_zone(zone);
}

bool local_time(std::time_t now, const std::string& zone, std::tm& t) {
  gmtime_s(&t, &now);
  if (!is_uk_zone(zone)) return false;
  int year = t.tm_year + 1900;
  if (now >= last_sunday_1am_utc(year, 2) && now < last_sunday_1am_utc(year, 9)) {
    std::time_t summer = now + 3600;
    gmtime_s(&t, &summer);
  }
  return true;
}

}  // namespace plan::os

#endif  // _WIN32
