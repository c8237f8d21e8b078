# Golden values for RiskDifference: Newcombe (1998) hybrid score interval without continuity
# correction (method 10), written out from the two Wilson intervals of prop.test(correct = FALSE).
# Run: Rscript risk_difference.R > risk_difference.csv
cases <- list(c(5, 7, 2, 5), c(7, 10, 3, 12), c(0, 8, 3, 9), c(4, 4, 1, 6), c(0, 5, 0, 7),
              c(6, 6, 9, 9), c(13, 40, 20, 45), c(3, 10, 3, 10), c(1, 1, 0, 1), c(12, 30, 5, 40))
wilson <- function(x, n) suppressWarnings(prop.test(x, n, correct = FALSE))$conf.int
cat("x1,n1,x0,n0,rd,rd_low,rd_high\n")
for (cs in cases) {
  p1 <- cs[1] / cs[2]; p2 <- cs[3] / cs[4]
  w1 <- wilson(cs[1], cs[2]); w2 <- wilson(cs[3], cs[4])
  l1 <- w1[1]; u1 <- w1[2]; l2 <- w2[1]; u2 <- w2[2]
  rd <- p1 - p2
  low <- rd - sqrt((p1 - l1)^2 + (u2 - p2)^2)
  high <- rd + sqrt((u1 - p1)^2 + (p2 - l2)^2)
  cat(sprintf("%d,%d,%d,%d,%.15g,%.15g,%.15g\n", cs[1], cs[2], cs[3], cs[4], rd, low, high))
}
