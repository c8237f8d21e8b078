# Golden values for LogisticRegression: R glm(y ~ ., family = binomial) with its defaults
# (IRLS, epsilon = 1e-8 on the relative deviance change, maxit = 25).
# Run from this folder: Rscript glm_binomial.R
# Writes the fixtures glm_main.csv (30 rows, 3 covariates), glm_separated.csv (complete
# separation), glm_aliased.csv (x3 = x1 + x2, so R gives x3 an NA coefficient) and the
# goldens glm_fit.csv, glm_coefficients.csv, glm_fitted.csv.
fmt <- function(v) ifelse(is.na(v), "NaN", sprintf("%.15g", v))
set.seed(20200901)
n <- 30
main <- data.frame(x1 = round(rnorm(n, 35, 8)), x2 = rbinom(n, 1, 0.6), x3 = sample(0:6, n, TRUE))
main$y <- rbinom(n, 1, plogis(-3 + 0.06 * main$x1 + 0.8 * main$x2 + 0.15 * main$x3))
separated <- data.frame(x1 = 1:10, y = as.integer(1:10 > 5))
aliased <- data.frame(x1 = main$x1, x2 = main$x2, x3 = main$x1 + main$x2, y = main$y)
fixtures <- list(main = main, separated = separated, aliased = aliased)
fit_rows <- "fixture,converged,fitted_0_or_1,iterations,deviance"
coef_rows <- "fixture,term,estimate"
fitted_rows <- "fixture,row,fitted"
eps <- 10 * .Machine$double.eps
for (name in names(fixtures)) {
  write.csv(fixtures[[name]], paste0("glm_", name, ".csv"), row.names = FALSE, quote = FALSE)
  d <- read.csv(paste0("glm_", name, ".csv"))
  fit <- suppressWarnings(glm(y ~ ., family = binomial, data = d))
  mu <- fitted(fit)
  fit_rows <- c(fit_rows, sprintf("%s,%d,%d,%d,%s", name, as.integer(fit$converged),
                                  as.integer(any(mu > 1 - eps | mu < eps)), fit$iter, fmt(fit$deviance)))
  coef_rows <- c(coef_rows, paste(name, seq_along(coef(fit)) - 1, fmt(unname(coef(fit))), sep = ","))
  fitted_rows <- c(fitted_rows, paste(name, seq_along(mu) - 1, fmt(unname(mu)), sep = ","))
}
writeLines(fit_rows, "glm_fit.csv")
writeLines(coef_rows, "glm_coefficients.csv")
writeLines(fitted_rows, "glm_fitted.csv")
