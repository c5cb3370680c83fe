package dev.augur.runtime;

/**
 * A DAO statement as a {@link DaoObserver} sees it, once per statement when its DAO is created.
 *
 * @param session the driver session's name
 * @param method {@code Dao.method}
 * @param cql the statement as prepared: markers, never values
 * @param operation the statement's first keyword, upper case: {@code SELECT}, {@code INSERT},
 *     {@code UPDATE}, {@code DELETE}, {@code BATCH}...
 * @param keyspace the keyspace the statement runs in, or null when neither the statement nor the
 *     session names one
 * @param table the table it reads or writes, or null when its metadata does not say (a batch)
 */
public record ObservedStatement(
    String session, String method, String cql, String operation, String keyspace, String table) {}
