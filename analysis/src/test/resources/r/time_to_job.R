# Golden values for time_to_job.csv and time_to_job_summary.csv on the fixture of
# TimeToJobMartTest: survival::survfit(Surv(t, status) ~ 1, conf.type = "log-log") per group,
# n_risk = fit$n.risk, median = quantile(fit, 0.5), p_job_t = 1 - S(t) (NA past the last time).
# Run from this folder: Rscript time_to_job.R  (writes time_to_job_curves.csv, time_to_job_summary.csv)
library(survival)
as_of <- as.Date("2020-09-01")
# person, arm, origin (ordinary: first intro start + 12 months, written out by hand), first
# relevant job in [origin, as_of] (NA: none, censored at as_of)
persons <- data.frame(
  person = c("A", "B", "C", "D", "E", "F", "G", "I", "J", "L"),
  arm = c("mentor_only", "mentor_only", "mentor_only", "mentor_only", "mentor_internship",
          "mentor_internship", "internship_only", "internship_only", "ordinary", "ordinary"),
  origin = as.Date(c("2019-01-01", "2019-01-01", "2019-01-01", "2019-06-01", "2019-01-01",
                     "2019-01-01", "2019-02-01", "2020-01-01",
                     "2019-02-28",   # J: intro 2018-02-28 + 12 months
                     "2019-06-01")), # L: intro 2018-06-01 + 12 months
  job = as.Date(c("2019-07-01", NA, "2020-01-15", "2020-06-01", "2020-09-01", NA,
                  "2019-08-01", NA, "2019-02-28", NA)))
persons$status <- as.integer(!is.na(persons$job))
persons$t <- as.numeric(ifelse(is.na(persons$job), as_of, persons$job) - as.numeric(persons$origin))
groups <- list(
  c("all", "all", "mentor_internship|mentor_only"),
  c("arm", "internship_only", "internship_only"),
  c("arm", "mentor_internship", "mentor_internship"),
  c("arm", "mentor_only", "mentor_only"),
  c("arm", "ordinary", "ordinary"))
fmt <- function(v) ifelse(is.na(v), "", sprintf("%.15g", v))
curves <- "group_type,group,t_days,n_risk,n_event,n_censor,survival,ci_low,ci_high"
summaries <- "group_type,group,n,events,median_days,p_job_180,p_job_365,p_job_730"
for (g in groups) {
  d <- persons[grepl(paste0("^(", g[3], ")$"), persons$arm), ]
  fit <- survfit(Surv(t, status) ~ 1, data = d, conf.type = "log-log")
  curves <- c(curves, paste(g[1], g[2], fit$time, fit$n.risk, fit$n.event, fit$n.censor,
                            fmt(fit$surv), fmt(fit$lower), fmt(fit$upper), sep = ","))
  horizons <- c(180, 365, 730)
  s <- summary(fit, times = horizons, extend = TRUE)$surv
  p <- ifelse(horizons > max(fit$time), NA, 1 - s)
  summaries <- c(summaries, paste(g[1], g[2], nrow(d), sum(d$status),
                                  fmt(unname(quantile(fit, 0.5, conf.int = FALSE))),
                                  paste(fmt(p), collapse = ","), sep = ","))
}
writeLines(curves, "time_to_job_curves.csv")
writeLines(summaries, "time_to_job_summary.csv")
