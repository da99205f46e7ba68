# Further metafor reference values for org.psmapathway.stats.meta (beyond metafor_reference.R).
# Run from this folder: Rscript metafor_extra_reference.R   (R 4.2.2, metafor 3.8-1)
# Every iterative quantity (Fisher scoring, uniroot in PM and in the Q-profile CI) is run with tight
# control so that the Java engine can be held to 1e-6 relative; metafor's defaults stop at 1e-5 / 1.2e-4.
suppressPackageStartupMessages(library(metafor))
options(digits = 15)
tight <- list(threshold = 1e-12, tol = 1e-13, maxiter = 1000)
bcg <- read.csv("dat_bcg_logrr.csv")
hr <- read.csv("hr_example_input.csv")
nz <- function(x) if (is.null(x) || length(x) == 0) NA_real_ else as.numeric(x)

# ---- all tau2 methods x {z, knha} on both data sets, tight, with Q-profile CI and both PIs ------------
fitrow <- function(data, dataset, method, test) {
  r <- rma(yi, vi, data = data, method = method, test = test, control = tight)
  p <- predict(r)
  k <- r$k
  tk2 <- qt(0.975, df = k - 2)
  ci <- if (method != "FE") confint(r, control = list(tol = 1e-13, maxiter = 10000))$random else NULL
  data.frame(dataset = dataset, method = method, test = test, k = k,
    estimate = as.numeric(r$b), se = r$se, stat = r$zval, pval = r$pval, ci_lb = r$ci.lb, ci_ub = r$ci.ub,
    tau2 = r$tau2, tau2_se = nz(r$se.tau2), I2 = r$I2, H2 = r$H2, Q = r$QE, Qp = r$QEp,
    pi_lb = nz(p$pi.lb), pi_ub = nz(p$pi.ub),
    pi_tk2_lb = as.numeric(r$b) - tk2 * sqrt(r$tau2 + r$se^2), pi_tk2_ub = as.numeric(r$b) + tk2 * sqrt(r$tau2 + r$se^2),
    tau2_lb = if (is.null(ci)) NA else ci["tau^2", "ci.lb"], tau2_ub = if (is.null(ci)) NA else ci["tau^2", "ci.ub"],
    loglik = as.numeric(logLik(r)))
}
rows <- list()
for (d in list(list(bcg, "bcg"), list(hr, "hr")))
  for (m in c("FE", "DL", "REML", "ML", "PM", "HE", "SJ"))
    for (t in c("z", "knha")) if (!(m == "FE" && t == "knha")) rows[[length(rows) + 1]] <- fitrow(d[[1]], d[[2]], m, t)
write.csv(do.call(rbind, rows), "meta_methods_tight.csv", row.names = FALSE)

# ---- cumulative meta-analysis (bcg in year order), DL and REML (tight) --------------------------------
crow <- list()
for (m in c("DL", "REML")) {
  r <- rma(yi, vi, data = bcg, method = m, control = tight)
  cu <- as.data.frame(cumul(r, order = bcg$year))
  cu$method <- m; cu$added_trial <- bcg$trial[order(bcg$year)]
  crow[[m]] <- cu
}
write.csv(do.call(rbind, crow), "meta_bcg_cumulative.csv", row.names = FALSE)

# ---- subgroups by allocation: separate RE (DL) fits, then the between-subgroup Q (FE model on the
# subgroup estimates; metafor's documented way to compare independent meta-analyses) --------------------
srows <- list()
for (m in c("DL", "REML")) {
  for (g in c("alternate", "random", "systematic")) {
    r <- rma(yi, vi, data = bcg, subset = alloc == g, method = m, control = tight)
    srows[[length(srows) + 1]] <- data.frame(method = m, group = g, k = r$k, estimate = as.numeric(r$b), se = r$se,
      ci_lb = r$ci.lb, ci_ub = r$ci.ub, tau2 = r$tau2, I2 = r$I2, Q = r$QE, Qp = r$QEp)
  }
}
sg <- do.call(rbind, srows)
bet <- list()
for (m in c("DL", "REML")) {
  s <- sg[sg$method == m, ]
  b <- rma(estimate, sei = se, data = s, method = "FE")
  bet[[m]] <- data.frame(method = m, group = "between", k = NA, estimate = NA, se = NA, ci_lb = NA, ci_ub = NA,
    tau2 = NA, I2 = NA, Q = b$QE, Qp = b$QEp)
}
write.csv(rbind(sg, do.call(rbind, bet)), "meta_bcg_subgroups_alloc.csv", row.names = FALSE)

# ---- meta-regression: ~ ablat and ~ ablat + year, REML, z and knha (tight) ----------------------------
mrows <- list()
for (f in c("~ ablat", "~ ablat + year")) for (t in c("z", "knha")) {
  r <- rma(yi, vi, mods = as.formula(f), data = bcg, method = "REML", test = t, control = tight)
  mrows[[length(mrows) + 1]] <- data.frame(model = f, test = t, term = rownames(r$b), estimate = as.numeric(r$b),
    se = r$se, stat = r$zval, pval = r$pval, ci_lb = r$ci.lb, ci_ub = r$ci.ub, tau2 = r$tau2, I2 = r$I2, H2 = r$H2,
    R2 = nz(r$R2), QM = r$QM, QMp = r$QMp, QE = r$QE, QEp = r$QEp)
}
write.csv(do.call(rbind, mrows), "meta_bcg_metaregression.csv", row.names = FALSE)

# ---- Egger regression test: regtest() default (model = "rma", predictor = "sei") and classical lm -----
erows <- list()
for (d in list(list(bcg, "bcg"), list(hr, "hr"))) for (m in c("FE", "DL", "REML")) for (mod in c("rma", "lm")) {
  r <- rma(yi, vi, data = d[[1]], method = m, control = tight)
  e <- regtest(r, model = mod)
  erows[[length(erows) + 1]] <- data.frame(dataset = d[[2]], method = m, model = mod, stat = e$zval, pval = e$pval,
    dfs = nz(e$dfs), limit_estimate = nz(e$est))
}
write.csv(do.call(rbind, erows), "meta_regtest.csv", row.names = FALSE)

# ---- trim-and-fill: L0 and R0, FE / DL / REML ----------------------------------------------------------
trows <- list()
for (d in list(list(bcg, "bcg"), list(hr, "hr"))) for (m in c("FE", "DL", "REML")) for (est in c("L0", "R0")) {
  r <- rma(yi, vi, data = d[[1]], method = m, control = tight)
  tf <- trimfill(r, estimator = est, control = tight)
  trows[[length(trows) + 1]] <- data.frame(dataset = d[[2]], method = m, estimator = est, side = tf$side, k0 = tf$k0,
    k = tf$k, estimate = as.numeric(tf$b), se = tf$se, ci_lb = tf$ci.lb, ci_ub = tf$ci.ub, tau2 = tf$tau2, Q = tf$QE,
    filled_yi = paste(format(tf$yi[tf$fill], digits = 17), collapse = ";"))
}
write.csv(do.call(rbind, trows), "meta_trimfill.csv", row.names = FALSE)

# ---- escalc RR / OR / RD on 2x2 counts with zero cells and one double-zero study (defaults:
# add = 1/2, to = "only0", drop00 = FALSE) and with drop00 = TRUE ---------------------------------------
tt <- data.frame(study = paste0("T", 1:6), ai = c(12, 0, 5, 0, 20, 3), bi = c(88, 50, 45, 40, 180, 27),
                 ci = c(20, 4, 9, 0, 25, 0), di = c(80, 46, 41, 40, 175, 30))
erows <- list()
for (ms in c("RR", "OR", "RD")) for (d0 in c(FALSE, TRUE)) {
  e <- escalc(measure = ms, ai = ai, bi = bi, ci = ci, di = di, data = tt, drop00 = d0)
  erows[[length(erows) + 1]] <- data.frame(measure = ms, drop00 = d0, study = tt$study, yi = as.numeric(e$yi), vi = as.numeric(e$vi))
}
write.csv(tt, "twobytwo_input.csv", row.names = FALSE)
write.csv(do.call(rbind, erows), "twobytwo_escalc.csv", row.names = FALSE)

# ---- Peto O - E and V (time-to-event, e.g. from log-rank): yi = (O-E)/V, vi = 1/V, FE pooling --------
peto <- data.frame(study = paste0("P", 1:5), oe = c(-4.2, -1.5, -6.8, 0.9, -3.1), v = c(10.5, 6.2, 18.3, 4.4, 9.7))
p <- rma(yi = peto$oe / peto$v, vi = 1 / peto$v, method = "FE")
write.csv(peto, "peto_input.csv", row.names = FALSE)
write.csv(data.frame(estimate = as.numeric(p$b), se = p$se, ci_lb = p$ci.lb, ci_ub = p$ci.ub, z = p$zval, pval = p$pval,
  Q = p$QE, Qp = p$QEp, I2 = p$I2), "peto_fe.csv", row.names = FALSE)

# ---- HR + 90% CI -> log HR and SE (conv.wald rule, z = qnorm(0.95)) -------------------------------------
h90 <- data.frame(hr = c(0.55, 0.72), lcl = c(0.41, 0.55), ucl = c(0.74, 0.94))
h90$yi <- log(h90$hr); h90$sei <- (log(h90$ucl) - log(h90$lcl)) / (2 * qnorm(0.95))
write.csv(h90, "hr_90ci_conversion.csv", row.names = FALSE)
cat("done\n")
