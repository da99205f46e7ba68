# Writes the data of bench/stats-vs-r.sh: the simulation of ../shared/reference/speed_benchmark.R
# (same seed, same columns), as CSV for both psma and R.
# Run: Rscript simulate.R N P OUT.csv
suppressPackageStartupMessages(library(data.table))
args <- commandArgs(trailingOnly = TRUE)
n <- as.numeric(args[1]); p <- as.integer(args[2]); out <- args[3]

simulate <- function(n, p, seed = 20240101) {
  set.seed(seed)
  X <- matrix(rnorm(n * p), n, p)
  colnames(X) <- paste0("x", seq_len(p))
  beta <- seq(0.5, -0.5, length.out = p)
  lp <- drop(X %*% beta)
  t_event <- rexp(n, rate = 0.1 * exp(lp))   # hazard 0.1/yr at baseline
  t_cens <- runif(n, 0, 15)                  # administrative censoring up to 15 years
  time <- pmin(t_event, t_cens)
  status <- as.integer(t_event <= t_cens)
  # whole days: many tied event times, like registry data
  time_days <- pmax(1, round(time * 365.25))
  data.frame(time = time_days, time_cont = time, status = status, group = rbinom(n, 1, 0.5), X)
}

d <- simulate(n, p)
d$time_cont <- NULL  # not used by the timed runs; dropped to keep the file to what is read
fwrite(d, out)
