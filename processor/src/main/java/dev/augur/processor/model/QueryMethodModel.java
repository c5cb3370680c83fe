package dev.augur.processor.model;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * A {@code @Query} method of a DAO.
 *
 * @param name the method's name
 * @param cql the statement as written
 * @param idempotent whether the statement may be retried or executed speculatively
 * @param parameters in declaration order, which is also binding order
 * @param returnKind the shape of the result
 * @param returnType the declared return type, as the generated override repeats it
 * @param entityMapper the generated mapper of the entity rows become, when {@code returnKind} reads
 *     entities; {@code null} otherwise
 * @param entity the entity rows become, or {@code null}
 * @param element the method, for diagnostics
 */
public record QueryMethodModel(
    String name,
    String cql,
    boolean idempotent,
    List<ParameterModel> parameters,
    ReturnKind returnKind,
    TypeName returnType,
    ClassName entity,
    ClassName entityMapper,
    ExecutableElement element)
    implements DaoMethodModel {

  public QueryMethodModel {
    parameters = List.copyOf(parameters);
  }
}
