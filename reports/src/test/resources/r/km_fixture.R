# Kaplan–Meier fixture of TimeToJobByArmTest: survfit with log-log intervals, as metrics.md
# prescribes for time_to_job.csv. Run: Rscript km_fixture.R > km_fixture.out
library(survival)
d <- data.frame(
  arm = c(rep("mentor_internship", 4), rep("mentor_only", 2), rep("ordinary", 3)),
  time = c(30, 100, 200, 400, 50, 90, 200, 365, 365),
  event = c(1, 1, 0, 0, 1, 0, 1, 0, 0))
fit <- survfit(Surv(time, event) ~ arm, data = d, conf.type = "log-log")
s <- summary(fit, censored = TRUE)
print(data.frame(arm = s$strata, t = s$time, n_risk = s$n.risk, n_event = s$n.event,
                 n_censor = s$n.censor, survival = round(s$surv, 6),
                 ci_low = round(s$lower, 6), ci_high = round(s$upper, 6)))
