package dev.augur.processor.schema;

import dev.augur.processor.cql.Identifier;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A CQL data type, as a column, a UDT field or a bind marker has it. */
public sealed interface CqlType {

  /** The type as CQL text: {@code int}, {@code frozen<list<text>>}, {@code address}. */
  String cql();

  /** Whether this is a frozen collection or UDT, which is written as one value. */
  default boolean isFrozen() {
    return true;
  }

  /** The same type, frozen: what it becomes inside another collection or in a key. */
  default CqlType freeze() {
    return this;
  }

  /** The types with no parameters. {@code varchar} is another name of {@code text}. */
  enum NativeType {
    ASCII,
    BIGINT,
    BLOB,
    BOOLEAN,
    COUNTER,
    DATE,
    DECIMAL,
    DOUBLE,
    DURATION,
    FLOAT,
    INET,
    INT,
    SMALLINT,
    TEXT,
    TIME,
    TIMESTAMP,
    TIMEUUID,
    TINYINT,
    UUID,
    VARINT;

    /** The native type named {@code name} (folded), or null. */
    public static NativeType named(String name) {
      if (name.equals("varchar")) {
        return TEXT;
      }
      for (NativeType type : values()) {
        if (type.cqlName().equals(name)) {
          return type;
        }
      }
      return null;
    }

    public String cqlName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A native type. */
  record Native(NativeType type) implements CqlType {
    @Override
    public String cql() {
      return type.cqlName();
    }

    @Override
    public boolean isFrozen() {
      return false;
    }
  }

  /** {@code list<element>}. */
  record ListOf(CqlType element, boolean frozen) implements CqlType {
    @Override
    public String cql() {
      return wrap(frozen, "list<" + element.cql() + ">");
    }

    @Override
    public boolean isFrozen() {
      return frozen;
    }

    @Override
    public CqlType freeze() {
      return new ListOf(element, true);
    }
  }

  /** {@code set<element>}. */
  record SetOf(CqlType element, boolean frozen) implements CqlType {
    @Override
    public String cql() {
      return wrap(frozen, "set<" + element.cql() + ">");
    }

    @Override
    public boolean isFrozen() {
      return frozen;
    }

    @Override
    public CqlType freeze() {
      return new SetOf(element, true);
    }
  }

  /** {@code map<key, value>}. */
  record MapOf(CqlType key, CqlType value, boolean frozen) implements CqlType {
    @Override
    public String cql() {
      return wrap(frozen, "map<" + key.cql() + ", " + value.cql() + ">");
    }

    @Override
    public boolean isFrozen() {
      return frozen;
    }

    @Override
    public CqlType freeze() {
      return new MapOf(key, value, true);
    }
  }

  /** {@code tuple<...>}, always frozen. */
  record TupleOf(List<CqlType> elements) implements CqlType {
    public TupleOf {
      elements = List.copyOf(elements);
    }

    @Override
    public String cql() {
      return elements.stream().map(CqlType::cql).collect(Collectors.joining(", ", "tuple<", ">"));
    }
  }

  /** A user-defined type with its fields. */
  record Udt(String keyspace, String name, List<UdtField> fields, boolean frozen)
      implements CqlType {
    public Udt {
      fields = List.copyOf(fields);
    }

    @Override
    public String cql() {
      return wrap(frozen, Identifier.cql(name));
    }

    @Override
    public boolean isFrozen() {
      return frozen;
    }

    @Override
    public CqlType freeze() {
      return new Udt(keyspace, name, fields, true);
    }

    /** The field named {@code name}, or null. */
    public UdtField field(String fieldName) {
      return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst().orElse(null);
    }
  }

  /** A field of a user-defined type. */
  record UdtField(String name, CqlType type) {}

  /** {@code vector<element, dimension>}, written as one value. */
  record Vector(CqlType element, int dimension) implements CqlType {
    @Override
    public String cql() {
      return "vector<" + element.cql() + ", " + dimension + ">";
    }
  }

  /** A custom type, named by its Java class on the server. */
  record Custom(String className) implements CqlType {
    @Override
    public String cql() {
      return "'" + className + "'";
    }
  }

  /**
   * A type Augur cannot tell at compile time, such as that of an entity field whose Java type has
   * no default CQL mapping; every check involving it passes, leaving it to the server.
   */
  record Unknown(String description) implements CqlType {
    @Override
    public String cql() {
      return description;
    }
  }

  /** The native type {@code type}. */
  static CqlType of(NativeType type) {
    return new Native(type);
  }

  /** Whether {@code type} is the native type {@code nativeType}. */
  static boolean is(CqlType type, NativeType nativeType) {
    return type instanceof Native n && n.type() == nativeType;
  }

  private static String wrap(boolean frozen, String cql) {
    return frozen ? "frozen<" + cql + ">" : cql;
  }
}
