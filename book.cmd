@echo off
rem The book builder's launcher for Windows, as ./book is for Linux and macOS: finds a JDK 21+,
rem builds the jar when it is missing or its sources changed, and runs it. `book build` builds every
rem edition into out\; `book test` runs the tests (`--fast`: the quick tier; `--content`: the course text's).
setlocal EnableExtensions EnableDelayedExpansion

set "HERE=%~dp0"
if "%HERE:~-1%"=="\" set "HERE=%HERE:~0,-1%"
set "JAR=%HERE%\target\bookbuilder.jar"
set "JDK_CACHE=%HERE%\target\.jdk"

rem Finding a JDK starts a JVM per candidate: remember the choice in target\.jdk, keyed by the JAVA_HOME
rem it was made under, and look again only when that changes or the JDK is gone.
set "FOUND="
if exist "%JDK_CACHE%" (
  set "CACHED_FOR="
  set "CACHED="
  for /f "usebackq delims=" %%L in ("%JDK_CACHE%") do (
    if not defined CACHED_FOR_READ (set "CACHED_FOR=%%L" & set "CACHED_FOR_READ=1") else if not defined CACHED set "CACHED=%%L"
  )
  if "!CACHED_FOR!"=="-%JAVA_HOME%" if exist "!CACHED!\bin\java.exe" if exist "!CACHED!\bin\javac.exe" set "FOUND=!CACHED!"
)
set "FRESH="
if not defined FOUND (set "FRESH=1" & call :find_jdk)
if not defined FOUND (
  echo book: no JDK 21 or newer found ^(looked at JAVA_HOME, the PATH, Program Files\Java, Eclipse Adoptium, Microsoft, Zulu, Amazon Corretto, BellSoft^). 1>&2
  echo       Install one ^(winget install EclipseAdoptium.Temurin.21.JDK^) or set JAVA_HOME to it. 1>&2
  exit /b 1
)
if not exist "%HERE%\target" mkdir "%HERE%\target"
rem (a leading "-" keeps an empty JAVA_HOME a non-empty line)
if defined FRESH > "%JDK_CACHE%" (echo -%JAVA_HOME%& echo %FOUND%)
set "JAVA_HOME=%FOUND%"

set "MVN=mvn -B -Dstyle.color=never -f "%HERE%\pom.xml""
if /i "%~1"=="test" goto :test

rem The jar is rebuilt when the listing of its sources (names, sizes, times) differs from the one taken
rem when it was built: a dir and a file compare, far cheaper than starting PowerShell.
set "LISTING=%HERE%\target\.sources-now"
dir /s /a-d /t:w "%HERE%\src\main" "%HERE%\pom.xml" "%HERE%\styles" 2>nul | findstr /v /c:"bytes free" > "%LISTING%"
set "REBUILD="
if not exist "%JAR%" set "REBUILD=1"
if not exist "%HERE%\target\.sources-built" set "REBUILD=1"
if not defined REBUILD fc /b "%LISTING%" "%HERE%\target\.sources-built" >nul 2>&1 || set "REBUILD=1"
if defined REBUILD (
  echo book: building the builder ^(once, or after its sources change^)... 1>&2
  call %MVN% -q -DskipTests package 1>&2 || exit /b 1
  copy /y "%LISTING%" "%HERE%\target\.sources-built" >nul
)
rem Drawn figures are cached by content beside the jar (never in out\). Whether stderr is a console
rem cannot be told from a batch file: colour stays off unless BOOK_COLOR=1.
set "TTY=false"
if "%BOOK_COLOR%"=="1" set "TTY=true"
rem A temp folder of the build's own (the JDK's font and image caches too), removed when it exits and,
rem if it is killed, by the next build.
set "PRIVATE_TMP=%TEMP%\bookbuilder-%RANDOM%%RANDOM%"
mkdir "%PRIVATE_TMP%" 2>nul || set "PRIVATE_TMP=%TEMP%"
"%JAVA_HOME%\bin\java.exe" -XX:+UseSerialGC -Djava.awt.headless=true "-Dbookbuilder.cache=%HERE%\target\cache" -Dbookbuilder.stderr-tty=%TTY% "-Djava.io.tmpdir=%PRIVATE_TMP%" -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:test
shift
if /i "%~1"=="--fast" (call %MVN% test -Dgroups=fast "-DtestJvm=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" & exit /b !ERRORLEVEL!)
if /i "%~1"=="--content" (call %MVN% test -Dgroups=content & exit /b !ERRORLEVEL!)
call %MVN% verify
exit /b %ERRORLEVEL%

rem Sets FOUND to the newest JDK 21+ among JAVA_HOME (preferred when new enough), javac on the PATH and
rem the usual install folders.
:find_jdk
set "BEST_V=0"
if defined JAVA_HOME (
  call :version "%JAVA_HOME%"
  if !V! GEQ 21 (set "FOUND=%JAVA_HOME%" & goto :eof)
)
for /f "delims=" %%J in ('where javac 2^>nul') do call :consider "%%~dpJ.."
for %%R in ("%ProgramFiles%\Java" "%ProgramFiles%\Eclipse Adoptium" "%ProgramFiles%\Microsoft" "%ProgramFiles%\Zulu" "%ProgramFiles%\Amazon Corretto" "%ProgramFiles%\BellSoft") do (
  if exist "%%~R" for /d %%D in ("%%~R\*") do call :consider "%%~fD"
)
goto :eof

:consider
if not exist "%~1\bin\javac.exe" goto :eof
call :version "%~1"
if !V! GEQ 21 if !V! GTR !BEST_V! (set "BEST_V=!V!" & set "FOUND=%~f1")
goto :eof

rem Sets V to the major version of the JDK in %1 (0 when it cannot be run).
:version
set "V=0"
if not exist "%~1\bin\java.exe" goto :eof
for /f "tokens=2 delims==" %%S in ('""%~1\bin\java.exe" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version""') do (
  for /f "tokens=1 delims=. " %%M in ("%%S") do set "V=%%M"
)
goto :eof
