/*
 * The grammar of GuideLang, a typed language for clinical selection criteria.
 *
 * Rules carry no actions; every element a later stage reads is labelled, so the AST builder
 * never counts children. Contextual words (title, status, strength, ...) are reserved only
 * where they open a clause: elsewhere `name` accepts them as identifiers.
 */
grammar GuideLang;

@header {
// Generated from GuideLang.g4: do not edit.
}

file
    : guideline EOF
    ;

guideline
    : GUIDELINE id=name VERSION version=VERSION_NUMBER LBRACE members+=member* RBRACE
    ;

member
    : TITLE content=textValue                                                       # titleMember
    | STATUS value=name                                                             # statusMember
    | AUTHORS texts+=textValue (COMMA texts+=textValue)*                            # authorsMember
    | COMMITTEE content=textValue                                                   # committeeMember
    | ISSUED date=DATE                                                              # issuedMember
    | UPDATED date=DATE                                                             # updatedMember
    | DESCRIPTION content=textValue                                                 # descriptionMember
    | SOURCE id=name content=textValue sourceLink*                                  # sourceMember
    | IMPORT target=name (AS alias=name)?                                           # importMember
    | PACKAGE parts+=packageWord (DOT parts+=packageWord)*                          # packageMember
    | INPUT id=name COLON type=inputType description=textValue?                     # inputMember
    | PARAM id=name ASSIGN value=literal paramClause*                               # paramMember
    | DEFINE id=name label=textValue? ASSIGN value=expr                             # defineMember
    | CONSTRAINT id=name rationale=textValue COLON condition=expr citations?         # constraintMember
    | TABLE id=name label=textValue? COLON CODE codes=codeList
        HIT policy=name completeness=name? LBRACE rules+=tableRule* otherwise=otherwiseRule? RBRACE
        citations?                                                                  # tableMember
    | CRITERIA id=name label=textValue? REQUIRE requirement=requirementKind
        LBRACE criteria+=criterion* RBRACE
        OUTCOME LBRACE mappings+=outcomeMapping* RBRACE citations?                  # criteriaMember
    | RECOMMEND id=name content=textValue recommendClause*                          # recommendMember
    | CONFLICT id=name rationale=textValue COLON condition=expr citations?          # conflictMember
    | EXAMPLE title=textValue LBRACE steps+=exampleStep* RBRACE                     # exampleMember
    ;

textValue
    : parts+=STRING+
    ;

sourceLink
    : DOI value=STRING                                                              # doiLink
    | URL value=STRING                                                              # urlLink
    ;

inputType
    : BOOLEAN                                                                       # booleanType
    | CODE codes=codeList                                                           # codeType
    | unit=name (PER per=STRING)? (IN range=interval)?                              # numericType
    ;

codeList
    : LBRACE codes+=codeDecl (COMMA codes+=codeDecl)* COMMA? RBRACE
    ;

codeDecl
    : id=name label=textValue?
    ;

paramClause
    : citations                                                                     # paramCite
    | RATIONALE content=textValue                                                   # paramRationale
    | HISTORY LBRACE entries+=historyEntry* RBRACE                                  # paramHistory
    ;

historyEntry
    : value=literal (SINCE year=NUMBER)? note=textValue? citations?
    ;

citations
    : CITE refs+=citation (COMMA refs+=citation)*
    ;

citation
    : source=name (AT locator=STRING)?
    ;

tableRule
    : WHEN condition=expr ARROW outcome=name citations?
    ;

otherwiseRule
    : OTHERWISE ARROW outcome=name citations?
    ;

requirementKind
    : ALL                                                                           # requireAll
    | ANY                                                                           # requireAny
    | AT LEAST count=NUMBER                                                         # requireAtLeast
    ;

criterion
    : relative=RELATIVE? CRITERION id=name label=textValue? COLON condition=expr citations?
    ;

outcomeMapping
    : kind=mappingKind code=name label=textValue?
    ;

mappingKind
    : MET | UNMET | EXCEPTION
    ;

recommendClause
    : WHEN condition=expr                                                           # recommendWhen
    | STRENGTH value=name                                                           # recommendStrength
    | EVIDENCE value=name                                                           # recommendEvidence
    | citations                                                                     # recommendCite
    ;

exampleStep
    : GIVEN bindings+=binding (COMMA bindings+=binding)*                            # givenStep
    | EXPECT target=reference ASSIGN value=expectedValue                            # expectValueStep
    | EXPECT target=reference IS UNDETERMINED
        (MISSING LBRACE (inputs+=name (COMMA inputs+=name)*)? RBRACE)?              # expectUndeterminedStep
    ;

binding
    : input=name ASSIGN value=bindingValue
    ;

bindingValue
    : literal                                                                       # literalBinding
    | sign=MINUS value=NUMBER unit=(PERCENT | IDENTIFIER)?                          # negativeBinding
    | MISSING                                                                       # missingBinding
    | code=name                                                                     # codeBinding
    ;

expectedValue
    : TRUE                                                                          # expectTrue
    | FALSE                                                                         # expectFalse
    | code=name                                                                     # expectCode
    ;

// ANTLR gives earlier alternatives higher precedence: from tightest to loosest, primaries,
// unary minus, * and /, + and -, comparisons (with `in` and `is`), not, and, or.
expr
    : LPAREN inner=expr RPAREN                                                      # parenExpr
    | value=literal                                                                 # literalExpr
    | value=reference                                                               # referenceExpr
    | MINUS operand=expr                                                            # negateExpr
    | left=expr op=(STAR | SLASH) right=expr                                        # multiplicativeExpr
    | left=expr op=(PLUS | MINUS) right=expr                                        # additiveExpr
    | left=expr op=(EQ | NE | LT | LE | GT | GE | ASSIGN) right=expr                # compareExpr
    | operand=expr negated=NOT? IN range=interval                                   # inIntervalExpr
    | operand=expr negated=NOT? IN set=valueSet                                     # inSetExpr
    | operand=expr IS negated=NOT? state=(KNOWN | MISSING)                          # isExpr
    | NOT operand=expr                                                              # notExpr
    | left=expr AND right=expr                                                      # andExpr
    | left=expr OR right=expr                                                       # orExpr
    ;

interval
    : open=(LBRACKET | LPAREN) low=bound COMMA high=bound close=(RBRACKET | RPAREN)
    ;

bound
    : STAR                                                                          # unboundedBound
    | sign=MINUS? value=literal                                                     # literalBound
    | value=reference                                                               # referenceBound
    ;

valueSet
    : LBRACE (items+=expr (COMMA items+=expr)*)? RBRACE
    ;

literal
    : value=NUMBER unit=(PERCENT | IDENTIFIER)?                                     # numberLiteral
    | TRUE                                                                          # trueLiteral
    | FALSE                                                                         # falseLiteral
    ;

reference
    : parts+=name (DOT parts+=name)?
    ;

// A Java package may use any word, keywords included (org.example.nen).
packageWord
    : name | GUIDELINE | IMPORT | INPUT | BOOLEAN | CODE | PARAM | DEFINE | TABLE | WHEN | OTHERWISE
    | CRITERIA | RECOMMEND | CITE | EXAMPLE | GIVEN | EXPECT | AND | OR | NOT | IN | IS | KNOWN | MISSING
    | TRUE | FALSE
    ;

// Words that open a clause are reserved there, but may name things elsewhere.
name
    : IDENTIFIER
    | TITLE | STATUS | AUTHORS | COMMITTEE | ISSUED | UPDATED | DESCRIPTION | SOURCE
    | DOI | URL | RATIONALE | HISTORY | SINCE | HIT | REQUIRE | OUTCOME | MET | UNMET
    | EXCEPTION | STRENGTH | EVIDENCE | CRITERION | RELATIVE | LEAST | PER | AS | AT
    | VERSION | UNDETERMINED | ALL | ANY | PACKAGE | CONSTRAINT | CONFLICT
    ;

// ---------------------------------------------------------------------------------------
// Lexer

GUIDELINE    : 'guideline';
VERSION      : 'version';
TITLE        : 'title';
STATUS       : 'status';
AUTHORS      : 'authors';
COMMITTEE    : 'committee';
ISSUED       : 'issued';
UPDATED      : 'updated';
DESCRIPTION  : 'description';
SOURCE       : 'source';
DOI          : 'doi';
URL          : 'url';
IMPORT       : 'import';
PACKAGE      : 'package';
AS           : 'as';
INPUT        : 'input';
BOOLEAN      : 'boolean';
CODE         : 'code';
PER          : 'per';
PARAM        : 'param';
RATIONALE    : 'rationale';
HISTORY      : 'history';
SINCE        : 'since';
DEFINE       : 'define';
CONSTRAINT   : 'constraint';
TABLE        : 'table';
HIT          : 'hit';
WHEN         : 'when';
OTHERWISE    : 'otherwise';
CRITERIA     : 'criteria';
REQUIRE      : 'require';
ALL          : 'all';
ANY          : 'any';
AT           : 'at';
LEAST        : 'least';
RELATIVE     : 'relative';
CRITERION    : 'criterion';
OUTCOME      : 'outcome';
MET          : 'met';
UNMET        : 'unmet';
EXCEPTION    : 'exception';
RECOMMEND    : 'recommend';
CONFLICT     : 'conflict';
STRENGTH     : 'strength';
EVIDENCE     : 'evidence';
CITE         : 'cite';
EXAMPLE      : 'example';
GIVEN        : 'given';
EXPECT       : 'expect';
UNDETERMINED : 'undetermined';
AND          : 'and';
OR           : 'or';
NOT          : 'not';
IN           : 'in';
IS           : 'is';
KNOWN        : 'known';
MISSING      : 'missing';
TRUE         : 'true';
FALSE        : 'false';

ARROW    : '->';
EQ       : '==';
NE       : '!=';
LE       : '<=';
GE       : '>=';
LT       : '<';
GT       : '>';
ASSIGN   : '=';
PLUS     : '+';
MINUS    : '-';
STAR     : '*';
SLASH    : '/';
PERCENT  : '%';
LPAREN   : '(';
RPAREN   : ')';
LBRACKET : '[';
RBRACKET : ']';
LBRACE   : '{';
RBRACE   : '}';
COMMA    : ',';
COLON    : ':';
DOT      : '.';

VERSION_NUMBER : DIGITS '.' DIGITS '.' DIGITS ('-' [0-9A-Za-z.]+)?;
DATE           : [0-9] [0-9] [0-9] [0-9] '-' [0-9] [0-9] '-' [0-9] [0-9];
NUMBER         : DIGITS ('.' DIGITS)?;
IDENTIFIER     : [A-Za-z_] [A-Za-z_0-9]*;

// A string may span lines; the AST builder trims a multi-line string's common indentation.
STRING            : '"' (~["\\] | '\\' .)* '"';
UNTERMINATED_STRING : '"' (~["\\] | '\\' .)*;

LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);
// Matches only when no `*/` follows, so a terminated comment never takes this rule.
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF;
WS            : [ \t\r\n\u000C]+ -> skip;

// Anything else is one bad character; the parser reports it with its own message.
UNEXPECTED_CHAR : .;

fragment DIGITS : [0-9]+;
