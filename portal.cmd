@echo off
rem portal: build the tool with Maven when its jar is missing or older than the sources, then run it.
rem Usage: portal build   or   portal --help
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\portal-cli.jar"

set "STALE=0"
if not exist "%JAR%" set "STALE=1"
if "%STALE%"=="0" (
  powershell -NoProfile -NonInteractive -Command "$jar=(Get-Item -LiteralPath '%JAR%').LastWriteTime; if (Get-ChildItem -LiteralPath '%HERE%src\main','%HERE%pom.xml' -Recurse -File | Where-Object { $_.LastWriteTime -gt $jar } | Select-Object -First 1) { exit 1 } else { exit 0 }"
  if errorlevel 1 set "STALE=1"
)

if "%STALE%"=="1" (
  where mvn >nul 2>nul || (echo portal: Maven ^(mvn^) is needed to build the tool; install Maven and Java 17 1>&2 & exit /b 2)
  echo portal: building the tool ^(first run or sources changed^)... 1>&2
  pushd "%HERE%"
  if not exist "%HERE%target" mkdir "%HERE%target"
  call mvn -B -q -DskipTests package > "%HERE%target\portal-build.log" 2>&1
  if errorlevel 1 (type "%HERE%target\portal-build.log" 1>&2 & popd & echo portal: the tool failed to build; the Maven output is above and in target\portal-build.log 1>&2 & exit /b 1)
  popd
)

pushd "%HERE%"
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dfile.encoding=UTF-8 -jar "%JAR%" %*
set "CODE=%ERRORLEVEL%"
popd
exit /b %CODE%
