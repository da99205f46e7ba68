# Reference values on survival::ovarian (26 patients, tied times) for the Java engine's tests.
# R 4.2.2, survival 3.5-3. Run from this folder: Rscript ovarian_reference.R
# Writes ovarian_reference.csv in long form: case, quantity, index, term, value.
suppressPackageStartupMessages(library(survival))
d <- read.csv("ovarian.csv")
out <- list()
add <- function(case, quantity, value, term = NA) {
  out[[length(out) + 1]] <<- data.frame(case = case, quantity = quantity,
    index = seq_along(value), term = if (is.na(term[1])) NA else term, value = value)
}
for (ties in c("efron", "breslow")) {
  fit <- coxph(Surv(futime, fustat) ~ age + ecog.ps, data = d, ties = ties)
  s <- summary(fit)
  case <- paste0("cox_", ties)
  add(case, "coef", unname(coef(fit)), names(coef(fit)))
  add(case, "se", unname(sqrt(diag(fit$var))), names(coef(fit)))
  add(case, "loglik_null", fit$loglik[1])
  add(case, "loglik", fit$loglik[2])
  add(case, "lr", unname(s$logtest["test"]))
  add(case, "wald", unname(fit$wald.test))
  add(case, "score", unname(fit$score))
  add(case, "concordance", unname(fit$concordance["concordance"]))
  add(case, "concordance_se", unname(fit$concordance["std"]))
  add(case, "iter", fit$iter)
}
km <- survfit(Surv(futime, fustat) ~ rx, data = d)
sm <- summary(km, times = c(365, 730))
add("km_rx", "survival", sm$surv)
add("km_rx", "std_err", sm$std.err)
add("km_rx", "lower", sm$lower)
add("km_rx", "upper", sm$upper)
add("km_rx", "n_risk", sm$n.risk)
add("km_rx", "median", unname(summary(km)$table[, "median"]))
lr <- survdiff(Surv(futime, fustat) ~ rx, data = d)
add("logrank_rx", "chisq", lr$chisq)
add("logrank_rx", "observed", lr$obs)
add("logrank_rx", "expected", lr$exp)
write.csv(do.call(rbind, out), "ovarian_reference.csv", row.names = FALSE, na = "")
