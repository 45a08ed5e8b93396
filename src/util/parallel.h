// Running one piece of work on several threads, when the system lets us: a
// busy CI container at its process limit cannot start threads, and plan then
// does the work on one thread instead of aborting.
#pragma once

#include <functional>

namespace plan {

/// Runs work on this thread and on up to threads - 1 helper threads (each
/// call of work takes items until none are left), and waits for all. A
/// helper that cannot be started is simply not used.
void run_on_threads(int threads, const std::function<void()>& work);

}  // namespace plan
