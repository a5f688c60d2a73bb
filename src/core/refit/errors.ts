/**
 * Everything a refit can refuse (nothing to fit, an unknown parameter name, a bad saved
 * set), as one type: the CLI turns it into exit code 2 and the page shows its message.
 */
export class RefitError extends Error {
  override readonly name = 'RefitError';
}
