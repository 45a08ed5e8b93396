// Names and look-ups of the shared status scale.
#include "model/category.h"

namespace plan {
namespace {

struct CategoryName {
  Category category;
  const char* name;
  const char* label;
};

constexpr CategoryName names[] = {
    {Category::not_started, "not-started", "not started"},
    {Category::in_progress, "in-progress", "in progress"},
    {Category::complete, "complete", "complete"},
    {Category::not_applicable, "not-applicable", "not applicable"},
    {Category::no_update, "no-update", "no update published"},
    {Category::not_answered, "not-answered", "not answered"},
    {Category::no_status, "no-status", "no status published"},
};

}  // namespace

const char* category_name(Category c) {
  for (const CategoryName& n : names)
    if (n.category == c) return n.name;
  return "not-answered";
}

const char* category_label(Category c) {
  for (const CategoryName& n : names)
    if (n.category == c) return n.label;
  return "not answered";
}

std::optional<Category> category_from_name(const std::string& name, bool status_only) {
  for (const CategoryName& n : names) {
    if (name != n.name) continue;
    bool for_status = n.category != Category::no_update && n.category != Category::not_answered &&
                      n.category != Category::no_status;
    if (status_only && !for_status) return std::nullopt;
    return n.category;
  }
  return std::nullopt;
}

Category positional_category(size_t index, size_t count) {
  if (index + 1 == count) return Category::complete;
  if (index == 0) return Category::not_started;
  return Category::in_progress;
}

Category category_of_status(const Plan& plan, const std::string& status) {
  for (size_t i = 0; i < plan.statuses.size(); ++i) {
    if (plan.statuses[i] != status) continue;
    if (i < plan.status_categories.size()) return plan.status_categories[i];
    return positional_category(i, plan.statuses.size());
  }
  return Category::not_answered;
}

Category category_of(const Plan& plan, const Progress& progress) {
  if (progress.status.empty()) return progress.unstated ? Category::no_status : Category::no_update;
  return category_of_status(plan, progress.status);
}

}  // namespace plan
