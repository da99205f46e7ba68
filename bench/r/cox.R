# The R side of bench/stats-vs-r.sh, one whole process: read the CSV, fit, print.
# Run: Rscript cox.R DATA.csv P [robust]
# Reads with data.table::fread (R's fastest CSV reader; read.csv is several times slower), fits
# coxph(Surv(time, status) ~ x1 + ... + xP, ties = "efron") and prints summary().
suppressPackageStartupMessages({library(survival); library(data.table)})
args <- commandArgs(trailingOnly = TRUE)
d <- fread(args[1], data.table = FALSE)
p <- as.integer(args[2])
robust <- length(args) >= 3 && args[3] == "robust"
f <- as.formula(paste("Surv(time, status) ~", paste0("x", seq_len(p), collapse = " + ")))
fit <- coxph(f, data = d, ties = "efron", robust = robust)
print(summary(fit))
