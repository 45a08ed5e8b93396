#include "util/parallel.h"

#include <system_error>
#include <thread>
#include <vector>

namespace plan {

void run_on_threads(int threads, const std::function<void()>& work) {
  std::vector<std::thread> helpers;
  for (int t = 1; t < threads; ++t) {
    try {
      helpers.emplace_back(work);
    } catch (const std::system_error&) {
      break;  // EAGAIN at the process limit: fewer threads, same result
    }
  }
  work();
  for (std::thread& t : helpers) t.join();
}

}  // namespace plan
