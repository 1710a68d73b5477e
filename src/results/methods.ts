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
  missing_share: 'missing',
  unseen_share: 'in unseen categories',
  out_of_range_share: 'out of range',
  duplicate_share: 'duplicate rows',
  agreement_rate: 'agreement',
  distinct_values: 'distinct values',
};

export function methodLabel(method: string): string {
  return METHOD_LABEL[method] ?? method;
}
