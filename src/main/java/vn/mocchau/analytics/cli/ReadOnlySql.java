package vn.mocchau.analytics.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.UnresolvedFunction;
import org.apache.spark.sql.catalyst.analysis.UnresolvedRelation;
import org.apache.spark.sql.catalyst.analysis.UnresolvedTableOrView;
import org.apache.spark.sql.catalyst.analysis.UnresolvedTableValuedFunction;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.SubqueryExpression;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.DescribeColumn;
import org.apache.spark.sql.catalyst.plans.logical.DescribeRelation;
import org.apache.spark.sql.catalyst.plans.logical.InsertIntoDir;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.ParsedStatement;
import org.apache.spark.sql.catalyst.plans.logical.ShowColumns;
import org.apache.spark.sql.catalyst.plans.logical.ShowTables;
import org.apache.spark.sql.catalyst.plans.logical.ShowViews;
import org.apache.spark.sql.catalyst.plans.logical.UnresolvedWith;
import org.apache.spark.sql.execution.command.ExplainCommand;
import scala.Tuple2;
import scala.collection.JavaConverters;
import vn.mocchau.analytics.contract.Notice;
import vn.mocchau.analytics.text.Msg;

/**
 * What makes jobs/sql read-only (issue #19): a statement is parsed with Spark's own parser and
 * its plan checked before Spark analyses it (analysis would already list and read the files of a
 * path-based table). Allowed: a query (SELECT, WITH, VALUES, set operations, subqueries) over the
 * registered tables and its own CTEs, and SHOW TABLES / SHOW VIEWS / SHOW COLUMNS / DESCRIBE /
 * EXPLAIN of those. Refused: every command (ADD JAR, CREATE FUNCTION, SET, CACHE, INSERT, CREATE
 * TABLE … LOCATION, INSERT OVERWRITE DIRECTORY, …), a table that is not registered (a path such as
 * {@code parquet.`/etc`}, another catalog or database), a table-valued function other than
 * {@code range}, and the functions that call Java by reflection.
 */
final class ReadOnlySql {
  /** Built-in functions that run arbitrary Java methods. */
  static final Set<String> REFUSED_FUNCTIONS = Set.of("reflect", "java_method", "try_reflect");
  static final Set<String> ALLOWED_TABLE_FUNCTIONS = Set.of("range");

  /** Why a statement is refused, worded for the console. */
  static final class Refused extends Exception {
    private final Notice notice;

    Refused(Notice notice) {
      super(notice.en());
      this.notice = notice;
    }

    Notice notice() {
      return notice;
    }
  }

  private final Set<String> tables = new HashSet<>();

  /** @param tables the registered table names (jobs/sql's temporary views) */
  ReadOnlySql(Set<String> tables) {
    tables.forEach(t -> this.tables.add(t.toLowerCase(Locale.ROOT)));
  }

  /**
   * Throws when {@code sql} may do more than read the registered tables; a statement Spark
   * cannot parse is left to Spark (its error message names the place).
   */
  void check(SparkSession spark, String sql) throws Refused {
    LogicalPlan plan;
    try {
      plan = spark.sessionState().sqlParser().parsePlan(sql);
    } catch (Exception parseError) { // ParseException, checked in Java's eyes
      return; // Spark says what is wrong when it runs it
    }
    if (plan instanceof ShowTables || plan instanceof ShowViews) {
      return;
    }
    if (plan instanceof DescribeRelation d) {
      table(d.relation());
      return;
    }
    if (plan instanceof DescribeColumn d) {
      table(d.relation());
      return;
    }
    if (plan instanceof ShowColumns s) {
      table(s.child());
      return;
    }
    if (plan instanceof ExplainCommand explain) {
      query(explain.logicalPlan(), new HashSet<>(), sql);
      return;
    }
    query(plan, new HashSet<>(), sql);
  }

  /** Every node of a query, its expressions and subqueries, and its CTE definitions. */
  private void query(LogicalPlan plan, Set<String> ctes, String sql) throws Refused {
    if (plan instanceof Command || plan instanceof ParsedStatement
        || plan instanceof InsertIntoDir) {
      throw new Refused(Notice.of(Msg.SQL_REFUSED_STATEMENT, keyword(sql)));
    }
    if (plan instanceof UnresolvedWith with) {
      for (Tuple2<String, ?> cte : list(with.cteRelations())) {
        ctes.add(cte._1().toLowerCase(Locale.ROOT));
      }
    }
    if (plan instanceof UnresolvedRelation relation) {
      List<String> name = list(relation.multipartIdentifier());
      String joined = String.join(".", name);
      if (name.size() != 1 || !(tables.contains(joined.toLowerCase(Locale.ROOT))
          || ctes.contains(joined.toLowerCase(Locale.ROOT)))) {
        throw new Refused(Notice.of(Msg.SQL_REFUSED_TABLE, joined));
      }
    }
    if (plan instanceof UnresolvedTableValuedFunction function) {
      String name = String.join(".", list(function.name())).toLowerCase(Locale.ROOT);
      if (!ALLOWED_TABLE_FUNCTIONS.contains(name)) {
        throw new Refused(Notice.of(Msg.SQL_REFUSED_FUNCTION, name));
      }
    }
    for (Object inner : list(plan.innerChildren())) {
      if (inner instanceof LogicalPlan innerPlan) {
        query(innerPlan, ctes, sql);
      }
    }
    for (Expression expression : list(plan.expressions())) {
      expression(expression, ctes, sql);
    }
    for (LogicalPlan child : list(plan.children())) {
      query(child, ctes, sql);
    }
  }

  private void expression(Expression expression, Set<String> ctes, String sql) throws Refused {
    if (expression instanceof UnresolvedFunction function) {
      List<String> parts = list(function.nameParts());
      String name = parts.get(parts.size() - 1).toLowerCase(Locale.ROOT);
      if (REFUSED_FUNCTIONS.contains(name) || parts.size() > 1) {
        throw new Refused(Notice.of(Msg.SQL_REFUSED_FUNCTION, String.join(".", parts)));
      }
    }
    if (expression instanceof SubqueryExpression subquery) {
      query(subquery.plan(), ctes, sql);
    }
    for (Expression child : list(expression.children())) {
      expression(child, ctes, sql);
    }
  }

  /** DESCRIBE and SHOW COLUMNS name a table: it must be a registered one. */
  private void table(LogicalPlan relation) throws Refused {
    if (relation instanceof UnresolvedTableOrView t) {
      List<String> name = list(t.multipartIdentifier());
      String joined = String.join(".", name);
      if (name.size() == 1 && tables.contains(joined.toLowerCase(Locale.ROOT))) {
        return;
      }
      throw new Refused(Notice.of(Msg.SQL_REFUSED_TABLE, joined));
    }
    throw new Refused(Notice.of(Msg.SQL_REFUSED_STATEMENT, "DESCRIBE"));
  }

  /** The statement's first word, as the officer typed it (ADD, INSERT, CREATE, SET…). */
  static String keyword(String sql) {
    String trimmed = sql.strip();
    int end = 0;
    while (end < trimmed.length() && Character.isLetter(trimmed.charAt(end))) {
      end++;
    }
    return end == 0 ? trimmed : trimmed.substring(0, end).toUpperCase(Locale.ROOT);
  }

  private static <T> List<T> list(scala.collection.Seq<T> seq) {
    return JavaConverters.seqAsJavaListConverter(seq).asJava();
  }
}
