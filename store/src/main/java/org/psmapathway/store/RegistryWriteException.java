package org.psmapathway.store;

import java.sql.SQLException;

/**
 * The database refused rows of a save (a constraint of the schema, a foreign key, a lost
 * connection); the message is the database's, which names the table and the constraint. The
 * transaction the save belonged to is rolled back by its caller.
 */
public final class RegistryWriteException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  RegistryWriteException(SQLException cause) {
    super(cause.getMessage(), cause);
  }
}
