@echo off
rem portal: build the tool with Maven when its jar is missing or older than the sources, then run it.
rem Usage: portal build   or   portal --help
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\portal-cli.jar"

if not exist "%JAR%" goto build
powershell -NoProfile -NonInteractive -Command "$jar = (Get-Item -LiteralPath $env:JAR).LastWriteTime; $newer = Get-ChildItem -LiteralPath (Join-Path $env:HERE 'src\main'), (Join-Path $env:HERE 'pom.xml') -Recurse -File | Where-Object { $_.LastWriteTime -gt $jar } | Select-Object -First 1; if ($newer) { exit 1 } else { exit 0 }"
if errorlevel 1 goto build
goto run

:build
where mvn >nul 2>nul
if errorlevel 1 (
  echo portal: Maven ^(mvn^) is needed to build the tool; install Maven and Java 17 1>&2
  exit /b 2
)
echo portal: building the tool ^(first run or sources changed^)... 1>&2
if not exist "%HERE%target" mkdir "%HERE%target"
pushd "%HERE%"
call mvn -B -q -DskipTests package > "%HERE%target\portal-build.log" 2>&1
set "BUILD=%ERRORLEVEL%"
popd
if not "%BUILD%"=="0" (
  type "%HERE%target\portal-build.log" 1>&2
  echo portal: the tool failed to build; the Maven output is above and in target\portal-build.log 1>&2
  exit /b 1
)

:run
rem Run from the project folder, so paths in messages stay short.
pushd "%HERE%"
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dfile.encoding=UTF-8 -jar "%JAR%" %*
set "CODE=%ERRORLEVEL%"
popd
exit /b %CODE%
