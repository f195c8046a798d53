package vn.mocchau.analytics.marts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One column of a mart, on the component of the row record that holds it: the component's name in
 * snake_case is the column's name, its Java type the column's type ({@link MartTable}), and the
 * unit and meaning go to the data dictionary.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface MartColumn {
  String meaning();

  String unit() default "";

  /** Digits of a BigDecimal column. */
  int precision() default 0;

  /** Decimal places of a BigDecimal column. */
  int scale() default 0;
}
