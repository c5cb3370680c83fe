package dev.augur.processor.check;

import dev.augur.processor.cql.Operator;
import dev.augur.processor.schema.ColumnSchema;
import dev.augur.processor.schema.IndexSchema;
import dev.augur.processor.schema.TableSchema;
import dev.augur.processor.validation.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rules of a WHERE clause, as Cassandra's {@code StatementRestrictions} applies them: a SELECT
 * restricts the partition key completely (or by token) and clustering columns on a prefix, ranges
 * only on the last one, and other columns only through an index, unless ALLOW FILTERING; an UPDATE
 * names full rows, a DELETE full partitions or a prefix of rows, by = or IN, with nothing but key
 * columns.
 */
final class WhereChecker {

  /** The statements with a WHERE clause, and INSERT, whose values restrict the key. */
  enum Kind {
    SELECT,
    INSERT,
    UPDATE,
    DELETE
  }

  private final Analysis analysis;

  WhereChecker(Analysis analysis) {
    this.analysis = analysis;
  }

  /**
   * Applies the rules to {@code restrictions} of {@code table}.
   *
   * @param onlyStatic whether the statement selects (SELECT) or writes (others) only static
   *     columns, when clustering columns must not be restricted
   */
  WhereOutcome check(
      Kind kind,
      TableSchema table,
      List<Restriction> restrictions,
      boolean allowFiltering,
      boolean onlyStatic) {
    restrictions =
        restrictions.stream().sorted(Comparator.comparingInt(r -> r.first().position())).toList();
    IndexSupport indexes = new IndexSupport(table);
    boolean select = kind == Kind.SELECT;
    List<Restriction> tokens = restrictions.stream().filter(Restriction::token).toList();
    List<Restriction> partition = of(restrictions, ColumnSchema.Kind.PARTITION_KEY);
    List<Restriction> clustering = of(restrictions, ColumnSchema.Kind.CLUSTERING);
    List<Restriction> others =
        restrictions.stream().filter(r -> !r.token() && !r.first().isPrimaryKey()).toList();
    boolean queriable = select && restrictions.stream().anyMatch(indexes::supported);
    boolean queriableClustering = select && clustering.stream().anyMatch(indexes::supported);
    for (Restriction r : restrictions) {
      if (r.operator() == Operator.LIKE && !indexes.supported(r)) {
        analysis.error(Message.LIKE_WITHOUT_INDEX, r.first().cql(), r.first().cql());
        return new WhereOutcome(restrictions, false, List.of());
      }
    }

    boolean keyRange = false;
    boolean usesIndex = false;
    List<Restriction> filtered = new ArrayList<>();
    if (!select) {
      if (!writeKey(kind, table, tokens, partition)) {
        return new WhereOutcome(restrictions, false, List.of());
      }
    } else {
      keyRange = !tokens.isEmpty();
      if (partition.isEmpty() && tokens.isEmpty()) {
        keyRange = true;
        usesIndex = queriable;
      }
      List<ColumnSchema> unrestricted = unrestricted(table.partitionKey(), partition);
      boolean partitionFiltering =
          !partition.isEmpty()
              && (!unrestricted.isEmpty()
                  || partition.stream().anyMatch(r -> r.isSlice() || r.isContains()));
      if (partitionFiltering) {
        if (!allowFiltering && !queriable) {
          analysis.error(
              Message.PARTITION_KEY_FILTERING,
              restrictedKeyDescription(partition, unrestricted),
              columns(table.partitionKey()),
              table.display(),
              columns(unrestricted.isEmpty() ? table.partitionKey() : unrestricted));
        }
        keyRange = true;
        usesIndex = queriable;
      }
      if (usesIndex || partitionFiltering) {
        filtered.addAll(partition);
      }
    }

    if (onlyStatic && !clustering.isEmpty()) {
      String verb =
          switch (kind) {
            case SELECT -> "selects";
            case DELETE -> "deletes";
            default -> "writes";
          };
      analysis.error(
          Message.STATIC_ONLY_CLUSTERING,
          verb,
          columns(
              table.columns().stream().filter(c -> c.kind() == ColumnSchema.Kind.STATIC).toList()),
          columns(restrictedColumns(clustering)),
          select ? ", or select a regular column" : "");
    }

    boolean clusteringFiltering = false;
    if (kind == Kind.UPDATE || kind == Kind.INSERT) {
      writeClustering(kind, table, clustering, onlyStatic);
    } else {
      boolean rangeError = !allowFiltering && !rangeOrder(clustering);
      clusteringFiltering = gapOrContains(clustering);
      boolean contains = clustering.stream().anyMatch(Restriction::isContains);
      if (contains && !queriable && !allowFiltering) {
        Restriction first =
            clustering.stream().filter(Restriction::isContains).findFirst().orElseThrow();
        analysis.error(
            Message.FILTERING,
            first.first().cql() + " with CONTAINS",
            "is a clustering column no index serves",
            "Index it");
      } else if (!clustering.isEmpty() && clusteringFiltering) {
        if (queriable) {
          usesIndex = true;
        } else if ((!allowFiltering || kind == Kind.DELETE) && !rangeError) {
          gap(table, clustering);
        }
      }
    }
    if (keyRange && queriableClustering) {
      usesIndex = true;
    }
    if (select && (usesIndex || clusteringFiltering)) {
      filtered.addAll(clustering);
    }

    if (!others.isEmpty()) {
      if (!select) {
        others.forEach(
            r -> analysis.error(Message.WRITE_WHERE_COLUMN, r.first().cql(), article(kind)));
      } else if (queriable) {
        usesIndex = true;
      } else if (!allowFiltering) {
        Restriction first = others.get(0);
        analysis.error(
            Message.FILTERING,
            first.first().cql(),
            "is not part of the primary key and has no index serving " + first.operator().cql(),
            "Index it, or restrict by the primary key instead");
      }
      filtered.addAll(others);
    }

    if (select && !allowFiltering && (keyRange || usesIndex) && !analysis.hasErrors()) {
      needFiltering(table, indexes, filtered, clustering);
    }
    List<String> indexColumns =
        usesIndex
            ? filtered.stream()
                .filter(indexes::supported)
                .map(r -> r.first().name())
                .distinct()
                .toList()
            : List.of();
    if (usesIndex && indexColumns.isEmpty()) {
      indexColumns =
          restrictions.stream()
              .filter(indexes::supported)
              .map(r -> r.first().name())
              .distinct()
              .toList();
    }
    return new WhereOutcome(restrictions, keyRange, indexColumns);
  }

  /** The partition key rules of writes; false if the key is not usable at all. */
  private boolean writeKey(
      Kind kind, TableSchema table, List<Restriction> tokens, List<Restriction> partition) {
    if (!tokens.isEmpty()) {
      analysis.error(Message.WRITE_TOKEN, kind.name());
      return false;
    }
    List<ColumnSchema> missing = unrestricted(table.partitionKey(), partition);
    if (!missing.isEmpty()) {
      String rule =
          kind == Kind.INSERT
              ? "an INSERT must set every primary key column"
              : "Cassandra writes only partitions named by their whole partition key";
      analysis.error(
          Message.WRITE_KEY,
          columns(missing),
          table.primaryKeyDisplay(),
          table.display(),
          rule,
          columns(missing));
      return false;
    }
    for (Restriction r : partition) {
      if (r.isSlice() || r.isContains()) {
        analysis.error(
            Message.WRITE_RANGE,
            r.first().cql(),
            kind.name(),
            "Cassandra writes only partitions named by = or IN (a range needs token(), which only"
                + " SELECT has)");
        return false;
      }
    }
    return true;
  }

  private void writeClustering(
      Kind kind, TableSchema table, List<Restriction> clustering, boolean onlyStatic) {
    for (Restriction r : clustering) {
      if (r.isSlice() || r.isContains()) {
        analysis.error(
            Message.WRITE_RANGE,
            r.first().cql(),
            kind.name(),
            "an " + kind.name() + " writes whole rows, each named by its clustering columns");
        return;
      }
    }
    List<ColumnSchema> missing = unrestricted(table.clustering(), clustering);
    if (!onlyStatic && !missing.isEmpty()) {
      String rule =
          kind == Kind.INSERT
              ? "an INSERT must set every primary key column"
              : "an UPDATE writes rows named by their whole primary key";
      analysis.error(
          Message.WRITE_KEY,
          columns(missing),
          table.primaryKeyDisplay(),
          table.display(),
          rule,
          columns(missing));
    }
  }

  /** A range on a clustering column must be the last clustering restriction; false if not. */
  private boolean rangeOrder(List<Restriction> clustering) {
    for (Restriction slice : clustering) {
      if (!slice.isSlice()) {
        continue;
      }
      for (Restriction later : clustering) {
        if (later.first().position() > slice.first().position()) {
          analysis.error(
              Message.CLUSTERING_AFTER_RANGE,
              later.first().cql(),
              slice.first().cql(),
              slice.first().cql(),
              later.first().cql());
          return false;
        }
      }
    }
    return true;
  }

  /** Whether clustering restrictions skip a column, or use CONTAINS: both need filtering. */
  private static boolean gapOrContains(List<Restriction> clustering) {
    int position = 0;
    for (Restriction r : clustering) {
      if (r.isContains() || r.first().position() != position) {
        return true;
      }
      if (!r.isSlice()) {
        position = r.last().position() + 1;
      }
    }
    return false;
  }

  private void gap(TableSchema table, List<Restriction> clustering) {
    int position = 0;
    for (Restriction r : clustering) {
      if (r.first().position() > position) {
        ColumnSchema skipped = table.clustering().get(position);
        analysis.error(
            Message.CLUSTERING_PREFIX,
            r.first().cql(),
            skipped.cql(),
            table.primaryKeyDisplay(),
            table.display(),
            skipped.cql());
        return;
      }
      if (!r.isSlice()) {
        position = r.last().position() + 1;
      }
    }
  }

  /**
   * Whether the restrictions left to the index (or to filtering) are all served by one group of
   * indexes; if not, Cassandra filters, which needs ALLOW FILTERING.
   */
  private void needFiltering(
      TableSchema table,
      IndexSupport indexes,
      List<Restriction> filtered,
      List<Restriction> clustering) {
    if (filtered.isEmpty()) {
      if (!clustering.isEmpty()) {
        ColumnSchema first = clustering.get(0).first();
        analysis.error(
            Message.FILTERING,
            first.cql(),
            "is a clustering column, and the partition key is not restricted",
            "Restrict the partition key " + columns(table.partitionKey()));
      }
      return;
    }
    for (List<IndexSchema> group : indexes.groups()) {
      if (filtered.stream().allMatch(r -> IndexSupport.supportedBy(group, r))) {
        return;
      }
    }
    List<Restriction> unserved = filtered.stream().filter(r -> !indexes.supported(r)).toList();
    if (!unserved.isEmpty()) {
      Restriction first = unserved.get(0);
      String reason =
          first.first().isPrimaryKey()
              ? "is a key column that no index serves, and the query goes through a secondary index"
              : "has no index serving " + first.operator().cql();
      analysis.error(
          Message.FILTERING,
          restrictionDisplay(first),
          reason,
          "Restrict by the full primary key, or index it");
    } else {
      analysis.error(
          Message.FILTERING,
          columns(restrictedColumns(filtered)),
          "are served by different indexes, and Cassandra queries one index, or all"
              + " storage-attached ones, at a time",
          "Index them all with storage-attached indexes (USING 'sai')");
    }
  }

  private static String restrictionDisplay(Restriction r) {
    return r.multi() ? columns(r.columns()) : r.first().cql();
  }

  private static List<Restriction> of(List<Restriction> restrictions, ColumnSchema.Kind kind) {
    return restrictions.stream().filter(r -> !r.token() && r.first().kind() == kind).toList();
  }

  private static List<ColumnSchema> unrestricted(
      List<ColumnSchema> keys, List<Restriction> restrictions) {
    return keys.stream()
        .filter(k -> restrictions.stream().noneMatch(r -> r.columns().contains(k)))
        .toList();
  }

  private static List<ColumnSchema> restrictedColumns(List<Restriction> restrictions) {
    return restrictions.stream().flatMap(r -> r.columns().stream()).distinct().toList();
  }

  private static String restrictedKeyDescription(
      List<Restriction> partition, List<ColumnSchema> unrestricted) {
    String restricted = columns(restrictedColumns(partition));
    if (unrestricted.isEmpty()) {
      return restricted + " with a range or CONTAINS";
    }
    return "only " + restricted;
  }

  private static String article(Kind kind) {
    return (kind == Kind.UPDATE || kind == Kind.INSERT ? "an " : "a ") + kind.name();
  }

  static String columns(List<ColumnSchema> columns) {
    return columns.stream().map(ColumnSchema::cql).collect(Collectors.joining(", "));
  }
}
