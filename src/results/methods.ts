/**
 * What people call each statistic a test reports (`TestResult.method` ids): checks use them in
 * messages, the reports in the lines a reviewer reads first. An id missing here shows as itself.
 */
export const METHOD_LABEL: Readonly<Record<string, string>> = {
  ks: 'KS',
  chi_squared: 'chi-squared',
  z: 'z-test',
  wasserstein_norm: 'normalised Wasserstein',
  jensen_shannon: 'Jensen-Shannon',
  hellinger: 'Hellinger',
  psi: 'PSI',
  fisher_exact: "Fisher's exact",
  chi_squared_gof: 'chi-squared goodness of fit',
  cramer_v: "Cramér's V",
  cramer_v_corrected: "bias-corrected Cramér's V",
  tvd: 'total variation',
  l_infinity: 'L-infinity',
  kl_divergence: 'Kullback-Leibler',
  energy: 'energy distance',
  anderson_darling: 'Anderson-Darling',
  cramer_von_mises: 'Cramér-von Mises',
  mann_whitney: 'Mann-Whitney U',
  wasserstein_range: 'range-normalised Wasserstein',
  missing_share: 'missing',
  unseen_share: 'in unseen categories',
  out_of_range_share: 'out of range',
  duplicate_share: 'duplicate rows',
  agreement_rate: 'agreement',
  distinct_values: 'distinct values',
  per_class: 'per class',
  fairness_gap: 'gap between groups',
  mmd: 'MMD²',
  domain_classifier_auc: 'domain classifier AUC',
  mean_cosine_distance: 'cosine distance of the means',
  text_descriptors: 'text descriptors',
};

export function methodLabel(method: string): string {
  return METHOD_LABEL[method] ?? method;
}
