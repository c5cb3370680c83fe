package dev.augur.runtime;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.data.UdtValue;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import com.datastax.oss.driver.api.core.type.codec.MappingCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import dev.augur.annotations.NullSaving;
import java.util.List;
import java.util.Objects;

/**
 * Base of the mapper Augur generates for each {@code @Udt} type: converts between the class and the
 * driver's {@link UdtValue}, with the fields resolved by name once per user-defined type.
 *
 * @param <T> the Java type
 */
public abstract class UdtMapper<T> {
  private final Class<T> javaClass;
  private final String typeName;
  private final List<EntityColumn> fields;

  /**
   * @param javaClass the mapped class
   * @param typeName the CQL type's name
   * @param fields the mapped fields, in the order {@link #read} and {@link #write} refer to them
   */
  protected UdtMapper(Class<T> javaClass, String typeName, List<EntityColumn> fields) {
    this.javaClass = Objects.requireNonNull(javaClass, "javaClass");
    this.typeName = Objects.requireNonNull(typeName, "typeName");
    this.fields = List.copyOf(fields);
  }

  /** A field of the type; for the generated field list. */
  protected static EntityColumn field(
      String cqlName, String property, String cqlType, ValueType<?> type) {
    return new EntityColumn(
        CqlIdentifier.fromCql(cqlName),
        property,
        type,
        EntityColumn.Kind.REGULAR,
        -1,
        false,
        cqlType);
  }

  /** Builds one instance from a UDT value, reading field {@code i} of {@link #fields()} at i. */
  protected abstract T read(UdtValue value, ResultColumns fields);

  /** Writes an instance's fields into a new UDT value. */
  protected abstract void write(T value, UdtValue target, BoundColumns fields);

  String javaName() {
    return javaClass.getName();
  }

  /** The user-defined type's CQL name. */
  public String typeName() {
    return typeName;
  }

  /** This type and the types its fields contain, innermost first. */
  java.util.List<UdtMapper<?>> nestedUdts() {
    java.util.List<UdtMapper<?>> all = new java.util.ArrayList<>();
    for (EntityColumn field : fields) {
      for (UdtMapper<?> inner : field.type().udts()) {
        if (!all.contains(inner)) {
          all.add(inner);
        }
      }
    }
    all.add(this);
    return java.util.List.copyOf(all);
  }

  /** The mapped fields, in declaration order. */
  public final List<EntityColumn> fields() {
    return fields;
  }

  /** A codec between {@code udt} and the Java type, its fields resolved once. */
  TypeCodec<T> codecFor(UserDefinedType udt, CodecRegistry registry) {
    ProtocolVersion version = ProtocolVersion.DEFAULT;
    String owner = javaClass.getSimpleName();
    ResultColumns readable = ResultColumns.resolve(owner, fields, udt, registry, version);
    BoundColumns writable =
        BoundColumns.resolve(
            owner,
            fields,
            udt::firstIndexOf,
            i -> udt.getFieldTypes().get(i),
            registry,
            version,
            NullSaving.SET_TO_NULL);
    TypeCodec<UdtValue> inner = registry.codecFor(udt);
    return new MappingCodec<>(inner, GenericType.of(javaClass)) {
      @Override
      protected T innerToOuter(UdtValue value) {
        return value == null ? null : read(value, readable);
      }

      @Override
      protected UdtValue outerToInner(T value) {
        if (value == null) {
          return null;
        }
        UdtValue target = udt.newValue();
        write(value, target, writable);
        return target;
      }
    };
  }
}
