// The random draws of `risk` (risk.h says which algorithms, and why these).
#include <opgavesnit/plan/risk.h>

#include <cmath>

namespace opgavesnit {

std::uint64_t splitmix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

std::mt19937_64 run_generator(std::uint64_t seed, std::uint64_t run) {
  return std::mt19937_64(splitmix64(splitmix64(seed) ^ run));
}

double uniform_draw(std::mt19937_64& g) { return static_cast<double>(g() >> 11) * 0x1.0p-53; }

double normal_draw(std::mt19937_64& g) {
  for (;;) {
    const double u = 2.0 * uniform_draw(g) - 1.0;
    const double v = 2.0 * uniform_draw(g) - 1.0;
    const double s = u * u + v * v;
    if (s > 0.0 && s < 1.0) return u * std::sqrt(-2.0 * std::log(s) / s);
  }
}

double gamma_draw(std::mt19937_64& g, double shape) {
  const double d = shape - 1.0 / 3.0;
  const double c = 1.0 / std::sqrt(9.0 * d);
  for (;;) {
    double x, v;
    do {
      x = normal_draw(g);
      v = 1.0 + c * x;
    } while (v <= 0.0);
    v = v * v * v;
    const double u = uniform_draw(g);
    const double x2 = x * x;
    if (u < 1.0 - 0.0331 * x2 * x2) return d * v;
    if (u > 0.0 && std::log(u) < 0.5 * x2 + d * (1.0 - v + std::log(v))) return d * v;
  }
}

double beta_draw(std::mt19937_64& g, double alpha, double beta) {
  const double x = gamma_draw(g, alpha);
  const double y = gamma_draw(g, beta);
  return x / (x + y);
}

double pert_draw(std::mt19937_64& g, double low, double likely, double high) {
  if (!(high > low)) return low;
  const double width = high - low;
  const double alpha = 1.0 + 4.0 * (likely - low) / width;
  const double beta = 1.0 + 4.0 * (high - likely) / width;
  return low + width * beta_draw(g, alpha, beta);
}

std::size_t nearest_rank(unsigned percent, std::size_t n) {
  const std::size_t rank = (static_cast<std::size_t>(percent) * n + 99) / 100;
  return rank == 0 ? 0 : rank - 1;
}

}  // namespace opgavesnit
