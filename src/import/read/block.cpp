#include "import/read/block.h"

namespace plan {

LinePlaces LinePlaces::of(const std::vector<Block>& blocks) {
  LinePlaces out;
  for (const Block& b : blocks) {
    if (b.place.line <= 0 || b.line < 1) continue;
    if (out.by_line.size() < size_t(b.line)) out.by_line.resize(size_t(b.line));
    out.by_line[size_t(b.line - 1)] = b.place;
    if (b.cell_places.empty()) continue;
    if (out.cells_by_line.size() < size_t(b.line)) out.cells_by_line.resize(size_t(b.line));
    out.cells_by_line[size_t(b.line - 1)] = b.cell_places;
  }
  return out;
}

SourcePlace LinePlaces::at(int line) const {
  if (line >= 1 && size_t(line) <= by_line.size() && by_line[size_t(line - 1)].line > 0)
    return by_line[size_t(line - 1)];
  return {line, 1};
}

SourcePlace LinePlaces::cell_at(int line, size_t column) const {
  if (line >= 1 && size_t(line) <= cells_by_line.size()) {
    const std::vector<SourcePlace>& cells = cells_by_line[size_t(line - 1)];
    if (column < cells.size() && cells[column].line > 0) return cells[column];
  }
  return at(line);
}

}  // namespace plan
