package org.folio.access.platform;

/** Why the module could not start, as one line, with the process exit code that tells the cases apart. */
public final class StartFailure extends RuntimeException {
  public static final int DATABASE_UNREACHABLE = 3;
  public static final int MIGRATION_FAILED = 4;
  public static final int PORT_IN_USE = 5;
  public static final int OTHER = 1;
  private final int exitCode;

  public StartFailure(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
