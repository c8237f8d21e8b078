# Golden values for comparison.csv and balance.csv on the fixtures of ComparisonMartTest
# (metrics.md, "Comparison with the ordinary introduction programme").
# Crude: rate and Wilson interval = prop.test(x, n, correct = FALSE); rd with the Newcombe
# hybrid score interval (method 10) and rr by the log method (0.5 added to every cell when
# one is zero), written out; fisher_p = fisher.test. Adjusted: missing covariates take the
# mean of the two arms compared plus a 0/1 indicator (columns missing for everyone dropped),
# e = fitted(glm(arm ~ ., family = binomial)), rd_adj = arm rate - weighted ordinary rate
# with weights e / (1 - e). SMD = (mean arm - (weighted) mean ordinary) /
# sqrt((var arm + var ordinary) / 2).
# Run from this folder: Rscript comparison.R
# (writes comparison_golden.csv, comparison_balance.csv, comparison_covariates.csv)
fmt <- function(v) ifelse(is.na(v), "", sprintf("%.15g", v))
z <- qnorm(0.975)
wilson <- function(x, n) unname(prop.test(x, n, correct = FALSE)$conf.int)
prepare <- function(x) {
  x <- x[, colSums(!is.na(x)) > 0, drop = FALSE]
  indicators <- list()
  for (col in names(x)) {
    miss <- is.na(x[[col]])
    if (any(miss)) {
      x[[col]][miss] <- mean(x[[col]][!miss])
      indicators[[paste0(col, "_missing")]] <- as.integer(miss)
    }
  }
  if (length(indicators) > 0) x <- cbind(x, as.data.frame(indicators))
  x
}
covariates <- c("female", "age_at_arrival", "education", "nokut_yes", "norwegian", "arrival_year")
contrast <- function(d, arm) {
  a <- d[d$arm == arm, ]; o <- d[d$arm == "ordinary", ]
  x1 <- sum(a$job); n1 <- nrow(a); x0 <- sum(o$job); n0 <- nrow(o)
  p1 <- x1 / n1; p0 <- x0 / n0; w1 <- wilson(x1, n1); w0 <- wilson(x0, n0)
  rd <- p1 - p0
  rd_low <- rd - sqrt((p1 - w1[1])^2 + (w0[2] - p0)^2)
  rd_high <- rd + sqrt((w1[2] - p1)^2 + (p0 - w0[1])^2)
  add <- if (min(x1, n1 - x1, x0, n0 - x0) == 0) 0.5 else 0
  a1 <- x1 + add; ab <- n1 + 2 * add; c0 <- x0 + add; cd <- n0 + 2 * add
  rr <- (a1 / ab) / (c0 / cd); se <- sqrt(1 / a1 - 1 / ab + 1 / c0 - 1 / cd)
  fisher <- fisher.test(matrix(c(x1, n1 - x1, x0, n0 - x0), nrow = 2, byrow = TRUE))$p.value
  both <- rbind(a, o)
  x <- prepare(both[, covariates])
  treated <- as.integer(both$arm == arm)
  fit <- glm(treated ~ ., family = binomial, data = x)
  e <- fitted(fit)[treated == 0]
  w <- e / (1 - e)
  rd_adj <- p1 - sum(w * o$job) / sum(w)
  cat(arm, "converged:", fit$converged, "propensities:", range(fitted(fit)), "\n")
  list(values = c(rd, rd_low, rd_high, rr, exp(log(rr) - z * se), exp(log(rr) + z * se), fisher, rd_adj),
       x = x, treated = treated, w = w)
}
smd_rows <- function(k) {
  t <- k$treated == 1; o <- k$treated == 0
  smd <- function(v, weights) (mean(v[t]) - sum(weights * v[o]) / sum(weights)) / sqrt((var(v[t]) + var(v[o])) / 2)
  sapply(names(k$x), function(col) paste(col, fmt(smd(k$x[[col]], rep(1, sum(o)))), fmt(smd(k$x[[col]], k$w)), sep = ","))
}

# Fixture 1: the population after exclusions (X1 job before index, X2 follow-up after
# as_of, X3 track 2 are left out). Index 2019-01-01 for everyone; job = a relevant job in
# [2019-01-01, 2020-01-01]. Age, NOKUT and Norwegian are missing for everyone.
d <- data.frame(
  arm = c(rep("mentor_internship", 3), rep("mentor_only", 4), rep("ordinary", 8)),
  job = c(1, 1, 0,  1, 0, 0, 1,  1, 0, 0, 1, 0, 0, 0, 1),
  female = c(1, 0, 1,  1, 0, 1, 0,  1, 0, 1, 0, 1, 0, 1, 0),
  age_at_arrival = NA, nokut_yes = NA, norwegian = NA,
  education = c(5, 4, NA,  4, 5, 6, 4,  4, 5, 5, 4, 3, 4, NA, 5),
  arrival_year = c(2016, 2017, 2016,  2015, 2016, 2017, 2016,  2015, 2016, 2017, 2016, 2015, 2017, 2016, 2015))
any <- d; any$arm[any$arm != "ordinary"] <- "mentor_any"
rows <- "arm,n,n_job,rate,ci_low,ci_high,rd,rd_low,rd_high,rr,rr_low,rr_high,fisher_p,rd_adj"
for (arm in c("mentor_internship", "mentor_only", "mentor_any", "ordinary")) {
  data <- if (arm == "mentor_any") any else d
  s <- data[data$arm == arm, ]
  ci <- wilson(sum(s$job), nrow(s))
  k <- if (arm == "ordinary") list(values = rep(NA, 8)) else contrast(data, arm)
  rows <- c(rows, paste(arm, nrow(s), sum(s$job), fmt(mean(s$job)), fmt(ci[1]), fmt(ci[2]),
                        paste(fmt(k$values), collapse = ","), sep = ","))
  if (arm == "mentor_any") balance <- c("covariate,smd_before,smd_after", smd_rows(k))
}
writeLines(rows, "comparison_golden.csv")
writeLines(balance, "comparison_balance.csv")

# Fixture 2: every covariate mapping, mentor_only (M1-M4) against ordinary (O1-O4), no
# jobs; only smd_before is checked (the model on 8 persons separates).
# M1 female, born 1985, arrived 2016-03-01, master, NOKUT yes, B2
# M2 male, 1990, 2017-06-01, bachelor, pending, C1
# M3 other, birth year missing, 2015-01-10, phd, NOKUT unknown, Norwegian unknown
# M4 male, 1979, 2014-12-31, education unknown, yes, B2
# O1 female, 1980, 2015-05-05, none, no, A1
# O2 gender missing (unknown), 1992, 2016-08-08, upper_secondary, yes, C2
# O3 male, 1988, 2018-02-02, primary, NOKUT missing, A2
# O4 female, 1983, 2017-01-01, higher_short, no, B1
m <- data.frame(
  female = c(1, 0, 0, 0,  1, 0, 0, 1),
  age_at_arrival = c(2016 - 1985, 2017 - 1990, NA, 2014 - 1979,  2015 - 1980, 2016 - 1992, 2018 - 1988, 2017 - 1983),
  education = c(5, 4, 6, NA,  0, 2, 1, 3),
  nokut_yes = c(1, 0, NA, 1,  0, 1, NA, 0),
  norwegian = c(4, 5, NA, 4,  1, 6, 2, 3),
  arrival_year = c(2016, 2017, 2015, 2014,  2015, 2016, 2018, 2017))
x <- prepare(m); t <- 1:4; o <- 5:8
smd0 <- function(v) (mean(v[t]) - mean(v[o])) / sqrt((var(v[t]) + var(v[o])) / 2)
writeLines(c("covariate,smd_before", paste(names(x), fmt(sapply(x, smd0)), sep = ",")),
           "comparison_covariates.csv")
