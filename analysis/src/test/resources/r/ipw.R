# Golden values for CovariateMatrix, Ipw and StandardisedMeanDifference (metrics.md, Adjustment):
# a missing covariate takes the mean of the others plus a 0/1 missing indicator (only for columns
# with any missing), propensity e = P(arm | x) from glm(arm ~ ., family = binomial), weights 1 for
# the arm and e / (1 - e) for ordinary, rd_adj = arm rate - weighted ordinary rate; SMD =
# (mean arm - (weighted) mean ordinary) / sqrt((var arm + var ordinary) / 2), unweighted var.
# Run from this folder: Rscript ipw.R
# (writes ipw_fixture.csv, ipw_prepared.csv, ipw_propensity.csv, ipw_estimate.csv, smd.csv)
fmt <- function(v) ifelse(is.na(v), "NaN", sprintf("%.15g", v))
set.seed(1234)
n1 <- 35; n0 <- 40
arm <- c(rep(1L, n1), rep(0L, n0))
raw <- data.frame(
  female = rbinom(n1 + n0, 1, 0.55),
  age_at_arrival = round(rnorm(n1 + n0, 30 + 2 * arm, 6)),
  education = pmin(6, pmax(0, round(rnorm(n1 + n0, 3.5 + 0.5 * arm, 1.4)))),
  norwegian = pmin(6, pmax(1, round(rnorm(n1 + n0, 3 + 0.7 * arm, 1.2)))),
  arrival_year = sample(2012:2018, n1 + n0, TRUE))
raw$education[c(3, 17, 50, 61)] <- NA
raw$norwegian[c(8, 44)] <- NA
y <- rbinom(n1 + n0, 1, plogis(-1.5 + 0.3 * (raw$norwegian %in% 4:6) + 0.6 * arm))
fixture <- cbind(arm = arm, y = y, raw)
write.csv(fixture, "ipw_fixture.csv", row.names = FALSE, quote = FALSE, na = "NaN")
d <- read.csv("ipw_fixture.csv", na.strings = "NaN")
x <- d[, -(1:2)]
indicators <- list()
for (col in names(x)) {
  miss <- is.na(x[[col]])
  if (any(miss)) {
    x[[col]][miss] <- mean(x[[col]][!miss])
    indicators[[paste0(col, "_missing")]] <- as.integer(miss)
  }
}
x <- cbind(x, as.data.frame(indicators))
write.csv(x, "ipw_prepared.csv", row.names = FALSE, quote = FALSE)
fit <- glm(d$arm ~ ., family = binomial, data = x)
e <- fitted(fit)
w <- ifelse(d$arm == 1, 1, e / (1 - e))
writeLines(c("row,propensity", paste(seq_along(e) - 1, fmt(unname(e)), sep = ",")), "ipw_propensity.csv")
t <- d$arm == 1; o <- d$arm == 0
treated <- mean(d$y[t]); weighted <- sum(w[o] * d$y[o]) / sum(w[o])
writeLines(c("treated_rate,weighted_ordinary_rate,rd_adj,min_e,max_e,converged",
             paste(fmt(treated), fmt(weighted), fmt(treated - weighted), fmt(min(e)), fmt(max(e)),
                   as.integer(fit$converged), sep = ",")), "ipw_estimate.csv")
smd <- function(v, weights) {
  (mean(v[t]) - sum(weights * v[o]) / sum(weights)) / sqrt((var(v[t]) + var(v[o])) / 2)
}
rows <- "covariate,smd_before,smd_after"
for (col in names(x)) {
  rows <- c(rows, paste(col, fmt(smd(x[[col]], rep(1, sum(o)))), fmt(smd(x[[col]], w[o])), sep = ","))
}
writeLines(rows, "smd.csv")
