package org.openhall.casefile;

/**
 * 特别程序 (行政许可法 §45): the procedures whose time does not count against the limit — hearing (听证),
 * bidding (招标), auction (拍卖), testing (检验/检测), inspection and quarantine (检疫), appraisal (鉴定) and
 * expert review (专家评审). On-site verification (现场核查) is ordinary review and stops nothing.
 */
public enum SpecialProcedureKind {
  HEARING, BIDDING, AUCTION, TESTING, INSPECTION_QUARANTINE, APPRAISAL, EXPERT_REVIEW
}
