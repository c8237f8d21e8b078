# Golden values for the cell (covariate pattern) form of CovariateMatrix, LogisticRegression,
# Ipw and StandardisedMeanDifference: 400 persons with discrete covariates are collapsed to
# cells (arm, job, female, education; NA is a value of its own) with their number of persons
# n. The goldens are computed on the persons, one row each, exactly as r/ipw.R does; the
# script then checks that glm on the cells with weights = n (and the person-level start
# mustart = (y + 0.5) / 2) gives the same fit, iteration for iteration.
# Run from this folder: Rscript cells.R (writes cells_fixture.csv, cells_golden.csv, cells_smd.csv)
fmt <- function(v) ifelse(is.na(v), "NaN", sprintf("%.15g", v))
set.seed(5)
n1 <- 150; n0 <- 250
arm <- c(rep(1L, n1), rep(0L, n0))
female <- rbinom(n1 + n0, 1, 0.5)
education <- pmin(6, pmax(2, round(rnorm(n1 + n0, 4 + 0.6 * arm, 1))))
education[sample(n1 + n0, 30)] <- NA
job <- rbinom(n1 + n0, 1, plogis(-1 + 0.5 * arm + 0.2 * ifelse(is.na(education), 4, education) - 0.3 * female))
persons <- data.frame(arm, job, female, education)
keyed <- persons; keyed$education[is.na(keyed$education)] <- -1  # aggregate() drops NA groups
cells <- aggregate(list(n = rep(1L, nrow(keyed))), keyed, length)
cells$education[cells$education == -1] <- NA
cells <- cells[do.call(order, c(-cells["arm"], cells[c("job", "female", "education")], na.last = FALSE)), ]
write.csv(cells, "cells_fixture.csv", row.names = FALSE, quote = FALSE, na = "NaN")
# Person level, as r/ipw.R
miss <- is.na(persons$education)
x <- data.frame(female = persons$female, education = persons$education)
x$education[miss] <- mean(persons$education[!miss])
x$education_missing <- as.integer(miss)
fit <- glm(persons$arm ~ ., family = binomial, data = x)
e <- fitted(fit)
t <- arm == 1; o <- arm == 0
w <- e[o] / (1 - e[o])
treated <- mean(job[t]); weighted <- sum(w * job[o]) / sum(w)
# The same fit on the cells
cmiss <- is.na(cells$education)
cx <- data.frame(female = cells$female, education = ifelse(cmiss, mean(persons$education[!miss]), cells$education),
                 education_missing = as.integer(cmiss))
cfit <- glm(cells$arm ~ ., family = binomial, data = cx, weights = cells$n, mustart = (cells$arm + 0.5) / 2)
stopifnot(isTRUE(all.equal(coef(fit), coef(cfit), tolerance = 1e-12)), fit$iter == cfit$iter,
          isTRUE(all.equal(fit$deviance, cfit$deviance, tolerance = 1e-12)))
writeLines(c("cells,imputed_education,intercept,b_female,b_education,b_education_missing,deviance,iterations,treated_rate,weighted_ordinary_rate,rd_adj,min_e,max_e",
             paste(nrow(cells), fmt(mean(persons$education[!miss])), paste(fmt(unname(coef(fit))), collapse = ","),
                   fmt(fit$deviance), fit$iter, fmt(treated), fmt(weighted), fmt(treated - weighted),
                   fmt(min(e)), fmt(max(e)), sep = ",")), "cells_golden.csv")
smd <- function(v, weights) (mean(v[t]) - sum(weights * v[o]) / sum(weights)) / sqrt((var(v[t]) + var(v[o])) / 2)
rows <- "covariate,smd_before,smd_after"
for (col in names(x)) rows <- c(rows, paste(col, fmt(smd(x[[col]], rep(1, sum(o)))), fmt(smd(x[[col]], w)), sep = ","))
writeLines(rows, "cells_smd.csv")
