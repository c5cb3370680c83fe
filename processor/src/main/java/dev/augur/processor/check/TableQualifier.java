package dev.augur.processor.check;

import dev.augur.processor.cql.Identifier;
import dev.augur.processor.cql.Statement;
import dev.augur.processor.cql.TableName;
import dev.augur.processor.schema.SchemaCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides where a user-written statement's tables live, so that a DAO never sends a statement to a
 * keyspace other than the one it was created for. A table named without a keyspace is the table of
 * an entity whose {@code @Table} pins a keyspace (qualified with it here, as the checker and the
 * entity's CRUD statements assume), or else a table of the DAO's keyspace: its offset is handed to
 * the runtime, which qualifies it when the DAO is created for a keyspace. A {@code ${table}}
 * placeholder standing alone becomes {@code ${qualifiedTable}}, which the DAO qualifies in the same
 * way.
 */
final class TableQualifier {
  private TableQualifier() {}

  /**
   * A statement as the DAO prepares it.
   *
   * @param cql the statement, tables of pinned entities qualified
   * @param unqualifiedTables offsets in {@code cql} of table names the DAO's keyspace qualifies
   */
  record Qualified(String cql, List<Integer> unqualifiedTables) {
    Qualified {
      unqualifiedTables = List.copyOf(unqualifiedTables);
    }
  }

  static Qualified qualify(String cql, Statement statement, SchemaCatalog catalog) {
    List<TableName> names = new ArrayList<>();
    collect(statement, names);
    names.sort(Comparator.comparingInt(TableName::offset));
    StringBuilder text = new StringBuilder(cql);
    List<Integer> offsets = new ArrayList<>();
    int shift = 0;
    for (TableName name : names) {
      int offset = name.offset();
      if (offset < 0 || afterDot(cql, offset)) {
        continue; // ${keyspace}.table: the placeholder qualifies it
      }
      if (name.placeholder() != null) {
        // ${table} alone would be a table of the session's keyspace, not of the DAO's.
        text.replace(offset + shift, offset + shift + TABLE.length(), QUALIFIED_TABLE);
        shift += QUALIFIED_TABLE.length() - TABLE.length();
        continue;
      }
      Optional<String> pinned = catalog.pinnedKeyspace(name.table().name());
      if (pinned.isPresent()) {
        String prefix = Identifier.cql(pinned.get()) + ".";
        text.insert(offset + shift, prefix);
        shift += prefix.length();
      } else {
        offsets.add(offset + shift);
      }
    }
    return new Qualified(text.toString(), offsets);
  }

  private static final String TABLE = "${table}";
  private static final String QUALIFIED_TABLE = "${qualifiedTable}";

  /** The tables named without a keyspace, in every statement of a batch. */
  private static void collect(Statement statement, List<TableName> names) {
    if (statement instanceof Statement.Batch batch) {
      batch.statements().forEach(s -> collect(s, names));
      return;
    }
    TableName table =
        statement instanceof Statement.Select select
            ? select.table()
            : statement instanceof Statement.Insert insert
                ? insert.table()
                : statement instanceof Statement.Update update
                    ? update.table()
                    : ((Statement.Delete) statement).table();
    if (table.keyspace() == null && !"qualifiedTable".equals(table.placeholder())) {
      names.add(table);
    }
  }

  private static boolean afterDot(String cql, int offset) {
    int i = offset - 1;
    while (i >= 0 && Character.isWhitespace(cql.charAt(i))) {
      i--;
    }
    return i >= 0 && cql.charAt(i) == '.';
  }
}
