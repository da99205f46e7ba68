# Reference values for stats.descriptive (Table 1) and stats.regression (logistic regression, ROC).
# R 4.2.2, pROC 1.18.0. Run from this folder: Rscript descriptive_regression_reference.R
# Writes the input data sets and the values R computes from them; every number with 17 significant
# digits so the Java tests can compare at 1e-6 relative (most agree to ~1e-12).
suppressMessages(library(pROC))
num <- function(v) ifelse(is.na(v), "NA", sprintf("%.17g", v))
out <- function(df, file) write.csv(df, file, row.names = FALSE, quote = TRUE, na = "NA")

# ---------------------------------------------------------------- continuous columns by group
set.seed(20240601)
cont <- list(
  small_exact = data.frame(value = c(round(rnorm(7, 10, 3), 3), round(rnorm(9, 12, 3), 3)),
                           group = rep(c("A", "B"), c(7, 9))),
  ties = data.frame(value = c(round(rnorm(30, 5, 2)), round(rnorm(25, 6, 2))),
                    group = rep(c("A", "B"), c(30, 25))),
  large = data.frame(value = c(rexp(60, 1 / 8), rexp(55, 1 / 11)), group = rep(c("A", "B"), c(60, 55))),
  with_missing = data.frame(value = c(NA, 3.2, 4.1, NA, 5.5, 2.2, 7.1, 6.6, NA, 8.8, 1.9, 4.4),
                            group = c("A", "A", "A", "A", "A", "A", "B", "B", "B", "B", "B", "B")),
  tiny = data.frame(value = c(1.5, 2.5, 3.5, 0.5), group = c("A", "A", "B", "B")),
  three_groups = data.frame(value = c(rnorm(12, 0), rnorm(15, 0.7), rnorm(9, 1.2)),
                            group = rep(c("A", "B", "C"), c(12, 15, 9))),
  three_groups_ties = data.frame(value = c(rpois(20, 3), rpois(18, 4), rpois(22, 5)),
                                 group = rep(c("A", "B", "C"), c(20, 18, 22)))
)
rows <- list(); refs <- list()
for (nm in names(cont)) {
  d <- cont[[nm]]
  rows[[nm]] <- data.frame(dataset = nm, value = num(d$value), group = d$group)
  add <- function(group, quantity, value) refs[[length(refs) + 1]] <<-
    data.frame(dataset = nm, group = group, quantity = quantity, value = num(value))
  for (g in sort(unique(d$group))) {
    v <- d$value[d$group == g]; ok <- v[!is.na(v)]
    q <- quantile(ok, c(0.25, 0.5, 0.75))   # type 7, R's default
    add(g, "n", length(ok)); add(g, "missing", sum(is.na(v)))
    add(g, "q1", q[[1]]); add(g, "median", q[[2]]); add(g, "q3", q[[3]])
    add(g, "mean", mean(ok)); add(g, "sd", sd(ok))
  }
  k <- length(unique(d$group))
  if (k == 2) {
    x <- d$value[d$group == "A"]; y <- d$value[d$group == "B"]
    t <- suppressWarnings(wilcox.test(x, y))
    add("", "statistic", t$statistic); add("", "p", t$p.value)
    add("", "exact", as.numeric(grepl("exact", t$method)))
  } else {
    t <- kruskal.test(value ~ group, data = d)
    add("", "statistic", t$statistic); add("", "df", t$parameter); add("", "p", t$p.value)
  }
}
out(do.call(rbind, rows), "table1_continuous_input.csv")
out(do.call(rbind, refs), "table1_continuous_reference.csv")

# ---------------------------------------------------------------- categorical columns by group
set.seed(20240602)
cat_sets <- list(
  two_by_two = data.frame(level = sample(c("no", "yes"), 80, TRUE, c(0.6, 0.4)),
                          group = rep(c("A", "B"), c(45, 35))),
  two_by_two_small = data.frame(level = c(rep("yes", 3), rep("no", 5), rep("yes", 7), rep("no", 1)),
                                group = rep(c("A", "B"), c(8, 8))),
  zero_cell = data.frame(level = c(rep("yes", 0), rep("no", 9), rep("yes", 6), rep("no", 4)),
                         group = rep(c("A", "B"), c(9, 10))),
  three_by_two = data.frame(level = sample(c("N0", "N1", "M1"), 30, TRUE, c(0.5, 0.3, 0.2)),
                            group = rep(c("A", "B"), c(14, 16))),
  three_by_three = data.frame(level = sample(c("low", "mid", "high"), 150, TRUE),
                              group = sample(c("A", "B", "C"), 150, TRUE)),
  sparse_four_by_three = data.frame(level = sample(c("a", "b", "c", "d"), 24, TRUE, c(0.4, 0.3, 0.2, 0.1)),
                                    group = rep(c("A", "B", "C"), c(8, 7, 9))),
  with_missing = data.frame(level = c("yes", NA, "no", "no", "yes", "yes", NA, "no", "yes", "no", "no", "yes"),
                            group = rep(c("A", "B"), c(6, 6)))
)
rows <- list(); refs <- list()
for (nm in names(cat_sets)) {
  d <- cat_sets[[nm]]
  rows[[nm]] <- data.frame(dataset = nm, level = d$level, group = d$group)
  add <- function(level, group, quantity, value) refs[[length(refs) + 1]] <<-
    data.frame(dataset = nm, level = level, group = group, quantity = quantity, value = num(value))
  tab <- table(factor(d$level), factor(d$group))     # levels sorted as R's factor(); NA dropped
  for (g in colnames(tab)) {
    add("", g, "missing", sum(is.na(d$level[d$group == g])))
    for (l in rownames(tab)) {
      add(l, g, "n", tab[l, g]); add(l, g, "percent", 100 * tab[l, g] / sum(tab[, g]))
    }
  }
  ch <- suppressWarnings(chisq.test(tab))
  add("", "", "chisq_statistic", ch$statistic); add("", "", "chisq_df", ch$parameter)
  add("", "", "chisq_p", ch$p.value); add("", "", "min_expected", min(ch$expected))
  add("", "", "fisher_p", fisher.test(tab)$p.value)
}
out(do.call(rbind, rows), "table1_categorical_input.csv")
out(do.call(rbind, refs), "table1_categorical_reference.csv")

# ---------------------------------------------------------------- logistic regression
set.seed(20240603)
n <- 120
dose <- rlnorm(n, log(20), 0.6)
x2 <- rbinom(n, 1, 0.4)
x3 <- rnorm(n)
y <- rbinom(n, 1, plogis(1.5 - 0.08 * dose + 0.7 * x2 - 0.4 * x3))
ns <- 15
small_x <- round(rnorm(ns, 2, 1), 2)
small_y <- rbinom(ns, 1, plogis(-1 + small_x))
logi <- list(
  dose = data.frame(y = y, x1 = dose, x2 = 0, x3 = 0, terms = "x1"),
  multi = data.frame(y = y, x1 = dose, x2 = x2, x3 = x3, terms = "x1+x2+x3"),
  collinear = data.frame(y = y, x1 = dose, x2 = x2, x3 = dose + 2 * x2, terms = "x1+x2+x3"),
  small = data.frame(y = small_y, x1 = small_x, x2 = 0, x3 = 0, terms = "x1"),
  no_intercept = data.frame(y = y, x1 = x3, x2 = x2, x3 = 0, terms = "0+x1+x2"),
  separated = data.frame(y = c(0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1), x1 = c(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
                         x2 = 0, x3 = 0, terms = "x1"),
  quasi_separated = data.frame(y = c(0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1), x1 = c(1, 2, 3, 4, 5, 5, 6, 7, 8, 9, 10, 11),
                               x2 = 0, x3 = 0, terms = "x1")
)
rows <- list(); refs <- list()
for (nm in names(logi)) {
  d <- logi[[nm]]
  rows[[nm]] <- data.frame(dataset = nm, y = d$y, x1 = num(d$x1), x2 = num(d$x2), x3 = num(d$x3), terms = d$terms)
  add <- function(term, quantity, value) refs[[length(refs) + 1]] <<-
    data.frame(dataset = nm, term = term, quantity = quantity, value = num(value))
  warn <- character(0)
  fit <- withCallingHandlers(glm(as.formula(paste("y ~", d$terms[1])), family = binomial, data = d),
                             warning = function(w) { warn <<- c(warn, conditionMessage(w)); invokeRestart("muffleWarning") })
  s <- summary(fit)$coefficients
  ci <- confint.default(fit)          # Wald interval, the one the Java code reports
  for (term in names(coef(fit))) {
    b <- coef(fit)[[term]]
    if (is.na(b)) { add(term, "coef", NA); next }
    add(term, "coef", b); add(term, "se", s[term, 2]); add(term, "z", s[term, 3]); add(term, "p", s[term, 4])
    add(term, "oddsRatio", exp(b)); add(term, "lower", exp(ci[term, 1])); add(term, "upper", exp(ci[term, 2]))
  }
  add("", "nullDeviance", fit$null.deviance); add("", "residualDeviance", fit$deviance)
  add("", "aic", fit$aic); add("", "iterations", fit$iter); add("", "rank", fit$rank)
  add("", "converged", as.numeric(fit$converged))
  add("", "fittedZeroOrOne", as.numeric(any(grepl("fitted probabilities numerically 0 or 1", warn))))
}
out(do.call(rbind, rows), "logistic_input.csv")
out(do.call(rbind, refs), "logistic_reference.csv")

# ---------------------------------------------------------------- ROC (pROC 1.18.0)
set.seed(20240604)
roc_sets <- list(
  continuous = data.frame(score = c(rnorm(40, 30, 10), rnorm(25, 20, 10)), outcome = rep(c(0, 1), c(40, 25))),
  ties = data.frame(score = c(round(rnorm(50, 5, 2)), round(rnorm(30, 6.5, 2))), outcome = rep(c(0, 1), c(50, 30))),
  small = data.frame(score = c(2.1, 3.4, 1.2, 5.6, 4.4, 6.1, 3.9, 7.2, 5.0, 2.8), outcome = c(0, 0, 0, 0, 0, 1, 1, 1, 1, 1)),
  perfect = data.frame(score = c(1, 2, 3, 4, 5, 6), outcome = c(0, 0, 0, 1, 1, 1))
)
rows <- list(); refs <- list(); pts <- list()
for (nm in names(roc_sets)) {
  d <- roc_sets[[nm]]
  rows[[nm]] <- data.frame(dataset = nm, score = num(d$score), outcome = d$outcome)
  add <- function(quantity, value) refs[[length(refs) + 1]] <<-
    data.frame(dataset = nm, quantity = quantity, value = num(value))
  for (dir in c("<", ">")) {
    r <- roc(d$outcome, d$score, levels = c(0, 1), direction = dir, quiet = TRUE)
    ci <- ci.auc(r, method = "delong")
    best <- coords(r, "best", best.method = "youden", ret = c("threshold", "sensitivity", "specificity"),
                   transpose = FALSE)
    tag <- if (dir == "<") "lt" else "gt"
    add(paste0(tag, "_auc"), as.numeric(r$auc)); add(paste0(tag, "_se"), sqrt(var(r, method = "delong")))
    add(paste0(tag, "_lower"), ci[[1]]); add(paste0(tag, "_upper"), ci[[3]])
    add(paste0(tag, "_bestCount"), nrow(best))
    add(paste0(tag, "_threshold"), best$threshold[1]); add(paste0(tag, "_sensitivity"), best$sensitivity[1])
    add(paste0(tag, "_specificity"), best$specificity[1])
    pts[[paste(nm, tag)]] <- data.frame(dataset = nm, direction = dir, threshold = num(r$thresholds),
                                        sensitivity = num(r$sensitivities), specificity = num(r$specificities))
  }
}
out(do.call(rbind, rows), "roc_input.csv")
out(do.call(rbind, refs), "roc_reference.csv")
out(do.call(rbind, pts), "roc_points_reference.csv")
