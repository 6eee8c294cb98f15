package dev.incidentkit.examples.jdbc;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The database behind a {@link JdbcIncidentStorage} failed, or holds a row that can no longer be read. Not a
 * rule broken by a caller: the operation did nothing, and may be tried again once the database is back.
 *
 * @since 0.1.0
 */
public final class JdbcStorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what could not be done, and why
     * @param cause the database's own error, if there was one
     */
    public JdbcStorageException(String message, @Nullable Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
    }
}
