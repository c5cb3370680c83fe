package dev.augur.runtime;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import com.datastax.oss.driver.api.core.type.codec.MappingCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The driver's vector codecs, refusing a value of the wrong length when it is encoded, before
 * anything is sent: the server would reject it, and the driver's own codecs would write it as is.
 */
final class VectorCodecs {
  private VectorCodecs() {}

  /** {@code codec}, whose encode first checks that a value has {@code dimension} elements. */
  static <T> TypeCodec<T> lengthChecked(
      TypeCodec<T> codec, int dimension, ToIntFunction<T> length) {
    return new LengthChecked<>(codec, dimension, length);
  }

  /** A {@code List} of the vector's elements, through the driver's {@code CqlVector} codec. */
  static <T> TypeCodec<List<T>> asList(TypeCodec<CqlVector<T>> vectors, GenericType<T> element) {
    return new MappingCodec<CqlVector<T>, List<T>>(vectors, GenericType.listOf(element)) {
      @Override
      protected List<T> innerToOuter(CqlVector<T> value) {
        return value == null ? null : value.stream().toList();
      }

      @Override
      protected CqlVector<T> outerToInner(List<T> value) {
        return value == null ? null : CqlVector.newInstance(value);
      }
    };
  }

  private static final class LengthChecked<T> implements TypeCodec<T> {
    private final TypeCodec<T> codec;
    private final int dimension;
    private final ToIntFunction<T> length;

    LengthChecked(TypeCodec<T> codec, int dimension, ToIntFunction<T> length) {
      this.codec = codec;
      this.dimension = dimension;
      this.length = length;
    }

    @Override
    public ByteBuffer encode(T value, ProtocolVersion version) {
      if (value != null) {
        int actual = length.applyAsInt(value);
        if (actual != dimension) {
          throw new IllegalArgumentException(
              String.format(
                  "the value has %d elements, but %s takes exactly %d",
                  actual, codec.getCqlType().asCql(true, true), dimension));
        }
      }
      return codec.encode(value, version);
    }

    @Override
    public T decode(ByteBuffer bytes, ProtocolVersion version) {
      return codec.decode(bytes, version);
    }

    @Override
    public GenericType<T> getJavaType() {
      return codec.getJavaType();
    }

    @Override
    public DataType getCqlType() {
      return codec.getCqlType();
    }

    @Override
    public String format(T value) {
      return codec.format(value);
    }

    @Override
    public T parse(String value) {
      return codec.parse(value);
    }
  }
}
