# Extra Cox / Fine-Gray reference values for psma-stats tests (beyond /work/shared/reference).
# Run from this folder: Rscript cox_extra_reference.R   -> writes cox_extra_reference.csv
# Long format: case, quantity, index, term, value (index = 1-based position of the coefficient).
suppressPackageStartupMessages({library(survival); library(cmprsk)})
lung <- read.csv("lung.csv")
lung$ecog_cat <- as.character(lung$ph.ecog)
lung$sexc <- ifelse(lung$sex == 1, "M", "F")
rossi <- read.csv("rossi.csv")
out <- list()
add <- function(case, quantity, value, term = NA) {
  idx <- if (length(value) > 1 || !is.na(term[1])) seq_along(value) else NA
  out[[length(out) + 1]] <<- data.frame(case = case, quantity = quantity, index = idx,
                                        term = if (is.na(term[1])) NA else term, value = as.numeric(value))
}
coxcase <- function(case, fit) {
  b <- coef(fit)
  add(case, "coef", b, names(b))
  add(case, "se", sqrt(diag(fit$var)), names(b))
  if (!is.null(fit$naive.var)) add(case, "naive_se", sqrt(diag(fit$naive.var)), names(b))
  add(case, "loglik_null", fit$loglik[1]); add(case, "loglik", fit$loglik[2])
  add(case, "wald", fit$wald.test); add(case, "score", fit$score)
  add(case, "concordance", fit$concordance["concordance"]); add(case, "concordance_se", fit$concordance["std"])
  add(case, "iter", fit$iter); add(case, "n", fit$n); add(case, "nevent", fit$nevent)
  if (!is.null(fit$rscore)) add(case, "robust_score", fit$rscore)
}
# precise Wald tests (summary() rounds them) and concordance for the lung models
for (ties in c("efron", "breslow"))
  coxcase(paste0("lung_", ties), coxph(Surv(time, status) ~ age + sex + ph.ecog, data = lung, ties = ties))
# robust SE with cluster(inst)
coxcase("lung_cluster_inst", coxph(Surv(time, status) ~ age + sex + ph.ecog + cluster(inst), data = lung))
# robust, stratified
coxcase("lung_strata_robust", coxph(Surv(time, status) ~ age + ph.ecog + strata(sex), data = lung, robust = TRUE))
# categorical covariate and categorical x categorical interaction
coxcase("lung_ecog_factor", coxph(Surv(time, status) ~ age + ecog_cat, data = lung))
coxcase("lung_ecog_x_sex", coxph(Surv(time, status) ~ age + ecog_cat * sexc, data = lung))
# collinear column -> NA coefficient
lung$age2 <- 2 * lung$age
coxcase("lung_collinear", coxph(Surv(time, status) ~ age + sex + age2, data = lung))
# Rossi robust (lifelines' robust tests use this model)
coxcase("rossi_robust", coxph(Surv(week, arrest) ~ fin + age + race + wexp + mar + paro + prio, data = rossi, robust = TRUE))
# monotone likelihood (every event has x = 1): "Ran out of iterations", beta drifts to ~21
mono <- data.frame(time = 1:8, status = rep(c(1, 0), 4), x = rep(c(1, 0), 4))
fm <- coxph(Surv(time, status) ~ x, data = mono)
add("monotone", "coef", coef(fm), "x"); add("monotone", "loglik", fm$loglik[2]); add("monotone", "iter", fm$iter)
# separation that converges in loglik: "Loglik converged before variable 1; coefficient may be infinite"
sep <- data.frame(time = 1:6, status = 1, x = c(1, 1, 1, 0, 0, 0))
fsep <- coxph(Surv(time, status) ~ x, data = sep)
add("infinite", "coef", coef(fsep), "x"); add("infinite", "loglik", fsep$loglik[2]); add("infinite", "iter", fsep$iter)
# cox.zph, transform = "km"
zph_case <- function(case, fit) {
  z <- cox.zph(fit)
  add(case, "zph_chisq", z$table[, "chisq"], rownames(z$table))
  add(case, "zph_df", z$table[, "df"], rownames(z$table))
  add(case, "zph_p", z$table[, "p"], rownames(z$table))
}
zph_case("lung_efron", coxph(Surv(time, status) ~ age + sex + ph.ecog, data = lung))
zph_case("lung_breslow", coxph(Surv(time, status) ~ age + sex + ph.ecog, data = lung, ties = "breslow"))
zph_case("lung_ecog_factor", coxph(Surv(time, status) ~ age + ecog_cat, data = lung))
zph_case("lung_strata_sex", coxph(Surv(time, status) ~ age + ph.ecog + strata(sex), data = lung))
zph_case("lung_collinear", coxph(Surv(time, status) ~ age + sex + age2, data = lung))
zph_case("rossi_efron", coxph(Surv(week, arrest) ~ fin + age + race + wexp + mar + paro + prio, data = rossi))
# Fine-Gray (cmprsk::crr): full summary values
m2 <- read.csv("mgus2_competing.csv")
# mgus2_competing.csv has no age: write it (from survival::mgus2, joined by id) for the Java tests
write.csv(data.frame(id = survival::mgus2$id, age = survival::mgus2$age), "mgus2_age.csv", row.names = FALSE)
m2$age <- survival::mgus2$age[match(m2$id, survival::mgus2$id)]
stopifnot(all(m2$age == survival::mgus2$age))
ev <- match(m2$event, c("censor", "pcm", "death")) - 1L
cov <- cbind(age = m2$age, male = as.integer(m2$sex == "M"))
fg <- crr(m2$etime, ev, cov1 = cov, failcode = 1, cencode = 0)
s <- summary(fg)
add("mgus2_crr_pcm", "coef", fg$coef, names(fg$coef))
add("mgus2_crr_pcm", "se", sqrt(diag(fg$var)), names(fg$coef))
add("mgus2_crr_pcm", "z", s$coef[, "z"], names(fg$coef))
# summary.crr rounds its p-value column (signif 2), so p is recomputed from coef and se
add("mgus2_crr_pcm", "p", 2 * pnorm(-abs(fg$coef / sqrt(diag(fg$var)))), names(fg$coef))
add("mgus2_crr_pcm", "hr_lower95", s$conf.int[, "2.5%"], names(fg$coef))
add("mgus2_crr_pcm", "hr_upper95", s$conf.int[, "97.5%"], names(fg$coef))
add("mgus2_crr_pcm", "loglik", fg$loglik); add("mgus2_crr_pcm", "loglik_null", fg$loglik.null)
add("mgus2_crr_pcm", "converged", as.numeric(fg$converged)); add("mgus2_crr_pcm", "n", fg$n)
fg2 <- crr(m2$etime, ev, cov1 = cov, failcode = 2, cencode = 0)
add("mgus2_crr_death", "coef", fg2$coef, names(fg2$coef))
add("mgus2_crr_death", "se", sqrt(diag(fg2$var)), names(fg2$coef))
res <- do.call(rbind, out)
write.csv(res, "cox_extra_reference.csv", row.names = FALSE)
cat(R.version.string, " survival", as.character(packageVersion("survival")), " cmprsk", as.character(packageVersion("cmprsk")), "\n")
