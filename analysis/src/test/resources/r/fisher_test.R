# Golden values for FisherExact: R fisher.test(...)$p.value, two-sided, on the 2 x 2 table
# with rows (arm, ordinary) and columns (job, no job). Symmetric tables give ties in probability.
# Run: Rscript fisher_test.R > fisher_test.csv
cases <- list(c(5, 7, 2, 5), c(7, 10, 3, 12), c(0, 8, 3, 9), c(4, 4, 1, 6), c(0, 5, 0, 7),
              c(6, 6, 9, 9), c(13, 40, 20, 45), c(3, 10, 3, 10), c(1, 1, 0, 1), c(12, 30, 5, 40),
              c(3, 4, 1, 4), c(5, 10, 5, 10), c(2, 6, 4, 6), c(10, 20, 10, 20), c(0, 3, 3, 3),
              c(1, 2, 1, 2), c(25, 60, 40, 80))
cat("x1,n1,x0,n0,p_value\n")
for (cs in cases) {
  m <- matrix(c(cs[1], cs[3], cs[2] - cs[1], cs[4] - cs[3]), nrow = 2)
  cat(sprintf("%d,%d,%d,%d,%.15g\n", cs[1], cs[2], cs[3], cs[4], fisher.test(m)$p.value))
}
