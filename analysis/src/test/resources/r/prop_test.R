# Golden values for Proportion.wilson: R's prop.test without continuity correction.
# Run: Rscript prop_test.R > prop_test.csv
cases <- list(c(5, 7), c(2, 5), c(7, 10), c(0, 4), c(4, 4), c(1, 1), c(13, 40))
cat("x,n,rate,ci_low,ci_high\n")
for (cs in cases) {
  t <- suppressWarnings(prop.test(cs[1], cs[2], correct = FALSE))
  cat(sprintf("%d,%d,%.15g,%.15g,%.15g\n", cs[1], cs[2], cs[1] / cs[2], t$conf.int[1], t$conf.int[2]))
}
