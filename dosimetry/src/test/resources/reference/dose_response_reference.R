# Reference values for org.psmapathway.dosimetry.response (seed-002 dose-response analysis).
# R 4.2.2, pROC 1.18.0. Run from this folder:
#   Rscript dose_response_reference.R
# Input: the research/dosimetry.md 8.2 test vector as shipped in examples/dosimetry/
# (dose_response_cohort.csv). Writes dose_response_reference.csv, every number with 17
# significant digits so the Java tests compare at 1e-6 relative.
suppressMessages(library(pROC))
num <- function(v) ifelse(is.na(v), "NA", sprintf("%.17g", v))
d <- read.csv("../../../../../examples/dosimetry/dose_response_cohort.csv")
dose <- d$tumour_dose_gy; y <- d$psa50
refs <- list()
add <- function(quantity, value) refs[[length(refs) + 1]] <<-
  data.frame(quantity = quantity, value = num(value))

add("n", length(y)); add("responders", sum(y))

# Univariable logistic regression, logit P(response) = b0 + b1 * dose.
fit <- glm(y ~ dose, family = binomial)
s <- summary(fit)$coefficients
v <- vcov(fit)
add("b0", s[1, 1]); add("b1", s[2, 1]); add("se_b0", s[1, 2]); add("se_b1", s[2, 2])
add("p_wald_b1", s[2, 4])
add("vcov_00", v[1, 1]); add("vcov_01", v[1, 2]); add("vcov_11", v[2, 2])
ci <- confint.default(fit)
add("or_per_gy", exp(s[2, 1])); add("or_per_gy_lower", exp(ci[2, 1]))
add("or_per_gy_upper", exp(ci[2, 2]))
add("or_per_10gy", exp(10 * s[2, 1])); add("or_per_10gy_lower", exp(10 * ci[2, 1]))
add("or_per_10gy_upper", exp(10 * ci[2, 2]))
add("loglik", as.numeric(logLik(fit)))
add("null_deviance", fit$null.deviance); add("deviance", fit$deviance)
lr <- anova(fit, test = "Chisq")
add("lr_chisq", lr$Deviance[2]); add("lr_p", lr$`Pr(>Chi)`[2])
add("d50", -s[1, 1] / s[2, 1])

# glm's vcov comes from the weights of the iterate before the last one (glm.fit stops when the
# deviance changes by < 1e-8), so it differs from the inverse Fisher information at the MLE by
# ~1e-5 relative. research/dosimetry.md 8.2 prints the SEs at the MLE (2.267555, 0.210402); a
# fit run to convergence gives them, and the pointwise band of the figure uses that covariance.
tight <- glm(y ~ dose, family = binomial, control = glm.control(epsilon = 1e-14, maxit = 100))
vt <- vcov(tight)
add("mle_vcov_00", vt[1, 1]); add("mle_vcov_01", vt[1, 2]); add("mle_vcov_11", vt[2, 2])
add("mle_se_b0", sqrt(vt[1, 1])); add("mle_se_b1", sqrt(vt[2, 2]))

# Pointwise 95 % Wald band of the fitted probability, on the link scale then back-transformed.
grid <- c(0, 2.5, 5, 10, -s[1, 1] / s[2, 1], 15, 20, 31, 40)
pr <- predict(tight, newdata = data.frame(dose = grid), type = "link", se.fit = TRUE)
z <- qnorm(0.975)
for (k in seq_along(grid)) {
  add(sprintf("curve_dose_%d", k), grid[k])
  add(sprintf("curve_p_%d", k), plogis(pr$fit[k]))
  add(sprintf("curve_lower_%d", k), plogis(pr$fit[k] - z * pr$se.fit[k]))
  add(sprintf("curve_upper_%d", k), plogis(pr$fit[k] + z * pr$se.fit[k]))
}

# ROC: responders are cases, direction "<" (responders have higher doses), DeLong CI, Youden.
r <- roc(y, dose, levels = c(0, 1), direction = "<", quiet = TRUE)
a <- ci.auc(r, method = "delong")
add("auc", as.numeric(r$auc)); add("auc_lower", a[1]); add("auc_upper", a[3])
add("auc_se", sqrt(var(r, method = "delong")))
b <- coords(r, "best", best.method = "youden",
            ret = c("threshold", "sensitivity", "specificity", "ppv", "npv"))
add("youden_proc_threshold", b$threshold)
add("youden_cut", min(dose[dose >= b$threshold]))
add("youden_j", b$sensitivity + b$specificity - 1)
add("youden_sensitivity", b$sensitivity); add("youden_specificity", b$specificity)
add("youden_ppv", b$ppv); add("youden_npv", b$npv)

# Mann-Whitney: dose of responders against non-responders (U of the responders).
w <- wilcox.test(dose[y == 1], dose[y == 0])
add("mann_whitney_w", w$statistic); add("mann_whitney_p", w$p.value)

# Performance of the rule dose >= cut with exact (Clopper-Pearson) 95 % intervals, binom.test.
perf <- function(tag, cut) {
  pos <- dose >= cut
  tp <- sum(pos & y == 1); fp <- sum(pos & y == 0)
  fn <- sum(!pos & y == 1); tn <- sum(!pos & y == 0)
  add(paste0(tag, "_tp"), tp); add(paste0(tag, "_fp"), fp)
  add(paste0(tag, "_fn"), fn); add(paste0(tag, "_tn"), tn)
  one <- function(name, x, n) {
    bt <- binom.test(x, n)
    add(paste0(tag, "_", name), x / n)
    add(paste0(tag, "_", name, "_lower"), bt$conf.int[1])
    add(paste0(tag, "_", name, "_upper"), bt$conf.int[2])
  }
  one("sensitivity", tp, tp + fn); one("specificity", tn, tn + fp)
  one("ppv", tp, tp + fp); one("npv", tn, tn + fn)
}
perf("at10", 10)
perf("atyouden", min(dose[dose >= b$threshold]))

# Spearman rho between dose and best % PSA change (the waterfall column).
add("spearman_rho", cor(dose, d$psa_change_pct, method = "spearman"))

write.csv(do.call(rbind, refs), "dose_response_reference.csv", row.names = FALSE, quote = TRUE)
